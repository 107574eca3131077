# Reference values for tests/unit/test_distribution.cpp.
# Run: Rscript tests/unit/reference/distribution.R
# quantile() default is type = 7: linear interpolation between order
# statistics at (n - 1) * p, Hyndman & Fan (1996) definition 7.
show <- function(label, v) cat(label, paste(sprintf("%.17g", v), collapse = " "), "\n")
probs <- c(0, 0.1, 0.25, 0.5, 0.75, 0.9, 1)

vectors <- list(
  even_with_ties = c(3, 1, 4, 1, 5, 9, 2, 6),
  odd_with_ties  = c(10, 20, 20, 20, 35, 40, 90),
  single         = c(42),
  days_to_job    = c(0, 7, 7, 14, 30, 30, 30, 45, 60, 90, 120, 365),
  negatives      = c(-5, -1, 0, 2)
)
for (name in names(vectors)) {
  x <- vectors[[name]]
  cat("==", name, "n =", length(x), "\n")
  show("quantile(x, c(0,.1,.25,.5,.75,.9,1)):", unname(quantile(x, probs)))
  show("mean(x):", mean(x))
  show("mean(x <= 30), mean(x <= 0):", c(mean(x <= 30), mean(x <= 0)))
}
