# Reference values for tests/unit/test_proportion.cpp.
# Run: Rscript tests/unit/reference/proportion.R
# prop.test(x, n, correct = FALSE) reports the Wilson score interval (no
# continuity correction) with z = qnorm(0.975).
show <- function(label, v) cat(label, paste(sprintf("%.17g", v), collapse = " "), "\n")

cases <- list(c(37, 124), c(0, 10), c(10, 10), c(1, 1), c(5, 20), c(123456, 1000000))
for (cs in cases) {
  ci <- suppressWarnings(prop.test(cs[1], cs[2], correct = FALSE)$conf.int)
  show(sprintf("wilson x=%d n=%d:", cs[1], cs[2]), ci)
}
# 90 % interval: z = qnorm(0.95)
show("qnorm(0.95):", qnorm(0.95))
show("wilson90 x=37 n=124:", prop.test(37, 124, conf.level = 0.90, correct = FALSE)$conf.int)
show("qnorm(0.975):", qnorm(0.975))
