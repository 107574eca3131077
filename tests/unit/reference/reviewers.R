# Reference values for the reviewer commands: tests/e2e/score_reviewers_*.sh
# and tests/unit/test_reviewer_agreement.cpp.
# Run: Rscript tests/unit/reference/reviewers.R   (needs r-cran-psych)
#
# The reviewers' scores are those of examples/review-hjorring-2020-{a,b}.yaml
# and tests/data/reviewers/*.yaml, written out here by hand from the files.
# Kappa and weighted kappa come from psych::cohen.kappa over levels 1:5, ICC
# from psych::ICC (Single_random_raters = ICC(2,1)); Gwet's AC1/AC2 and
# Fleiss' kappa are written out from Gwet (2008, 2014) and Fleiss (1971), as
# in agreement.R.
suppressPackageStartupMessages(library(psych))
show <- function(label, v) cat(sprintf("%-28s", label), paste(sprintf("%.6f", v), collapse = " "), "\n")
cats <- 1:5
props <- function(a, b) table(factor(a, levels = cats), factor(b, levels = cats)) / length(a)
wq <- 1 - outer(cats, cats, "-")^2 / (max(cats) - min(cats))^2
gwet <- function(a, b, w = diag(length(cats))) {
  q <- length(cats); t <- props(a, b)
  pa <- sum(w * t); pik <- (rowSums(t) + colSums(t)) / 2
  pe <- sum(w) / (q * (q - 1)) * sum(pik * (1 - pik))
  (pa - pe) / (1 - pe)
}
icc21 <- function(x) {
  r <- tryCatch(suppressWarnings(psych::ICC(x, lmer = FALSE)$results), error = function(e) NULL)
  if (is.null(r)) return(NA)
  r["Single_random_raters", "ICC"]
}
fleiss <- function(x) {
  m <- ncol(x)
  counts <- t(apply(x, 1, function(r) table(factor(r, levels = cats))))
  p_i <- (rowSums(counts^2) - m) / (m * (m - 1)); p_j <- colSums(counts) / (nrow(x) * m)
  (mean(p_i) - sum(p_j^2)) / (1 - sum(p_j^2))
}
pair <- function(name, a, b) {
  cat("==", name, "\n")
  show("exact, within one:", c(mean(a == b), mean(abs(a - b) <= 1)))
  ck <- tryCatch(suppressWarnings(suppressMessages(psych::cohen.kappa(cbind(a, b), levels = cats))),
                 error = function(e) NULL)
  if (!is.null(ck)) show("kappa, weighted kappa:", c(ck$kappa, ck$weighted.kappa))
  show("AC1, AC2 quadratic:", c(gwet(a, b), gwet(a, b, wq)))
  show("ICC(2,1):", icc21(cbind(a, b)))
}
hjorring_a <- c(4, 5, 5, 4, 4, 1, 5, 4, 5, 3, 4, 4, 5, 4, 4, 5, 3, 4, 5, 5, 5, 4, 5, 4, 4)
hjorring_b <- c(4, 5, 5, 4, 4, 1, 4, 4, 5, 5, 4, 3, 5, 4, 4, 5, 3, 5, 5, 5, 4, 4, 5, 3, 4)
pair("hjorring 2020 A vs B", hjorring_a, hjorring_b)
pair("perfect agreement (A vs A')", hjorring_a, hjorring_a)
all_fours <- rep(4, 25)
pair("every item 4 vs A", all_fours, hjorring_a)
never_a <- rep(1:5, 5)
never_b <- never_a %% 5 + 1
pair("never agree", never_a, never_b)
third <- c(4, 5, 4, 4, 4, 1, 5, 4, 5, 4, 4, 4, 5, 4, 3, 5, 3, 4, 5, 5, 5, 4, 5, 4, 4)
x <- cbind(hjorring_a, hjorring_b, third)
cat("== three reviewers A, B, C\n")
pair("A vs C", hjorring_a, third)
pair("B vs C", hjorring_b, third)
show("Fleiss kappa:", fleiss(x))
show("ICC(2,1) all:", icc21(x))
