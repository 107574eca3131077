# Reference values for tests/unit/test_agreement.cpp.
# Run: Rscript tests/unit/reference/agreement.R   (needs r-cran-psych)
#
# Every coefficient is computed twice where a package exists: by the package
# (psych::cohen.kappa, psych::ICC) and by the textbook formula written out
# below, so a disagreement between the two would show. Gwet's AC1/AC2 and
# Fleiss' kappa have no Debian-packaged implementation; they are written out
# from Gwet (2008, 2014) and Fleiss (1971).
suppressPackageStartupMessages(library(psych))
show <- function(label, v) cat(sprintf("%-34s", label), paste(sprintf("%.17g", v), collapse = " "), "\n")

# Contingency table of proportions over ALL declared categories.
props <- function(a, b, cats) table(factor(a, levels = cats), factor(b, levels = cats)) / length(a)
quadratic_weights <- function(cats) 1 - outer(cats, cats, "-")^2 / (max(cats) - min(cats))^2

cohen_by_formula <- function(a, b, cats, w = diag(length(cats))) {
  t <- props(a, b, cats)
  po <- sum(w * t)
  pe <- sum(w * outer(rowSums(t), colSums(t)))
  (po - pe) / (1 - pe)
}

# Gwet (2008) AC1 and Gwet (2014, ch. 3) AC2 for two raters, no missing data:
# pa = sum_kl w_kl p_kl, pi_k = (p_k. + p_.k) / 2,
# pe = Tw / (q (q - 1)) * sum_k pi_k (1 - pi_k), Tw = sum of all weights.
# With identity weights Tw = q and pe = sum pi_k (1 - pi_k) / (q - 1).
gwet_by_formula <- function(a, b, cats, w = diag(length(cats))) {
  q <- length(cats)
  t <- props(a, b, cats)
  pa <- sum(w * t)
  pik <- (rowSums(t) + colSums(t)) / 2
  pe <- sum(w) / (q * (q - 1)) * sum(pik * (1 - pik))
  (pa - pe) / (1 - pe)
}

# Shrout & Fleiss (1979) ICC(2,1) from the two-way ANOVA mean squares;
# x is items x raters.
icc21_by_formula <- function(x) {
  n <- nrow(x); k <- ncol(x); g <- mean(x)
  ssr <- k * sum((rowMeans(x) - g)^2)
  ssc <- n * sum((colMeans(x) - g)^2)
  sse <- sum((x - g)^2) - ssr - ssc
  msr <- ssr / (n - 1); msc <- ssc / (k - 1); mse <- sse / ((n - 1) * (k - 1))
  (msr - mse) / (msr + (k - 1) * mse + k * (msc - mse) / n)
}

icc21_by_psych <- function(x) {
  r <- tryCatch(suppressWarnings(psych::ICC(x, lmer = FALSE)$results), error = function(e) NULL)
  if (is.null(r)) return(NA)
  r["Single_random_raters", "ICC"]
}

# Fleiss (1971): x is items x raters, every item rated by the same number m.
fleiss_by_formula <- function(x, cats) {
  m <- ncol(x)
  counts <- t(apply(x, 1, function(r) table(factor(r, levels = cats))))
  p_i <- (rowSums(counts^2) - m) / (m * (m - 1))
  p_j <- colSums(counts) / (nrow(x) * m)
  pbar <- mean(p_i); pe <- sum(p_j^2)
  (pbar - pe) / (1 - pe)
}

two_raters <- function(name, a, b, cats) {
  cat("==", name, "(n =", length(a), ", categories", min(cats), "..", max(cats), ")\n")
  wq <- quadratic_weights(cats)
  show("exact agreement mean(a == b):", mean(a == b))
  show("within one mean(abs(a-b) <= 1):", mean(abs(a - b) <= 1))
  ck <- tryCatch(suppressWarnings(suppressMessages(
    psych::cohen.kappa(cbind(a, b), levels = cats))), error = function(e) NULL)
  if (!is.null(ck)) show("psych kappa, weighted kappa:", c(ck$kappa, ck$weighted.kappa))
  show("kappa by formula:", cohen_by_formula(a, b, cats))
  show("weighted kappa (quadratic):", cohen_by_formula(a, b, cats, wq))
  show("Gwet AC1 by formula:", gwet_by_formula(a, b, cats))
  show("Gwet AC2 quadratic by formula:", gwet_by_formula(a, b, cats, wq))
  show("ICC(2,1) psych Single_random:", icc21_by_psych(cbind(a, b)))
  show("ICC(2,1) by formula:", icc21_by_formula(cbind(a, b)))
}

expand_table <- function(tab) {
  idx <- which(tab > 0, arr.ind = TRUE)
  list(a = rep(idx[, 1], tab[idx]), b = rep(idx[, 2], tab[idx]))
}

s <- 1:5
typical_a <- c(4, 5, 3, 4, 2, 5, 4, 3, 4, 5, 1, 3, 4, 4, 5, 2, 3, 4, 5, 4, 3, 2, 4, 5, 3)
typical_b <- c(4, 4, 3, 5, 2, 5, 3, 3, 4, 4, 2, 3, 4, 5, 5, 2, 4, 4, 5, 3, 3, 1, 4, 5, 2)
two_raters("typical", typical_a, typical_b, s)
two_raters("perfect agreement, varied", typical_a, typical_a, s)
two_raters("perfect agreement, all 4", rep(4, 25), rep(4, 25), s)
two_raters("reviewer a gave every item 4", rep(4, 25), typical_b, s)
never_a <- rep(1:5, 5)
two_raters("never agree", never_a, never_a %% 5 + 1, s)
paradox_a <- c(rep(5, 22), 4, 5, 4)
paradox_b <- c(rep(5, 22), 5, 4, 5)
two_raters("kappa paradox (crowded at 4-5)", paradox_a, paradox_b, s)

# Only 2, 4 and 5 occur although the scale is 1..5.
sparse_a <- c(2, 4, 5, 5, 4, 2, 5, 4, 4, 5)
sparse_b <- c(2, 5, 5, 4, 4, 4, 5, 4, 2, 5)
two_raters("sparse: only 2, 4, 5 occur", sparse_a, sparse_b, s)
ck <- psych::cohen.kappa(cbind(sparse_a, sparse_b))
show("psych WITHOUT levels (3 cats):", c(ck$kappa, ck$weighted.kappa))
show("AC1 if only 3 categories:", gwet_by_formula(sparse_a, sparse_b, c(2, 4, 5)))

# Published: Gwet (2014) cont3x3abstractors; irrCAC reports kappa 0.796,
# quadratic weighted kappa 0.892, AC1 0.849, quadratic AC2 0.940.
abstractors <- matrix(c(13, 0, 0, 0, 20, 7, 0, 4, 56), 3, byrow = TRUE)
e <- expand_table(abstractors)
two_raters("Gwet cont3x3abstractors", e$a, e$b, 1:3)
# Published: cont4x4diagnosis; irrCAC reports kappa 0.432, weighted 0.383,
# AC1 0.456, quadratic AC2 0.299.
diagnosis <- matrix(c(40, 4, 4, 17, 6, 25, 2, 13, 4, 1, 21, 12, 15, 5, 9, 45), 4, byrow = TRUE)
e <- expand_table(diagnosis)
two_raters("cont4x4diagnosis", e$a, e$b, 1:4)
# Published: Cohen's kappa article on Wikipedia, 50 proposals, kappa 0.4.
e <- expand_table(matrix(c(20, 5, 10, 15), 2, byrow = TRUE))
two_raters("yes/no proposals", e$a, e$b, 1:2)

many_raters <- function(name, x, cats) {
  cat("==", name, "(", nrow(x), "items x", ncol(x), "raters )\n")
  show("Fleiss kappa by formula:", fleiss_by_formula(x, cats))
  show("ICC(2,1) psych Single_random:", icc21_by_psych(x))
  show("ICC(2,1) by formula:", icc21_by_formula(x))
}

# Published: Shrout & Fleiss (1979) Table 2, ICC(2,1) = 0.29.
sf <- matrix(c(9, 2, 5, 8, 6, 1, 3, 2, 8, 4, 6, 8, 7, 1, 2, 6, 10, 5, 6, 9, 6, 2, 4, 7), 6, byrow = TRUE)
many_raters("Shrout & Fleiss 1979", sf, 1:10)
# Published: Fleiss' kappa article on Wikipedia, 10 subjects, 14 raters,
# kappa 0.210. Given as counts per category; any assignment to raters will do
# for Fleiss' kappa.
wiki_counts <- matrix(c(0, 0, 0, 0, 14, 0, 2, 6, 4, 2, 0, 0, 3, 5, 6, 0, 3, 9, 2, 0, 2, 2, 8, 1, 1,
                        7, 7, 0, 0, 0, 3, 2, 6, 3, 0, 2, 5, 3, 2, 2, 6, 5, 2, 1, 0, 0, 2, 2, 3, 7),
                      10, byrow = TRUE)
wiki <- t(apply(wiki_counts, 1, function(r) rep(1:5, r)))
many_raters("Fleiss kappa Wikipedia example", wiki, 1:5)
team_c <- c(4, 5, 3, 5, 2, 4, 4, 3, 4, 5, 1, 2, 4, 4, 5, 3, 3, 4, 5, 4, 3, 2, 5, 5, 3)
many_raters("three reviewers", cbind(typical_a, typical_b, team_c), s)
many_raters("three reviewers, all 3", matrix(3, 25, 3), s)
# n = k = 2 with equal row and column means: MSR = MSC = 0, the denominator
# MSR + MSE (k - 1 - k / n) is 0 and the formula divides by zero (-Inf).
show("ICC(2,1) of rbind(c(1,2), c(2,1)):", icc21_by_formula(rbind(c(1, 2), c(2, 1))))
# AC1's chance term written as sum pi(1 - pi) / (q (q - 1)) -- AC2's formula
# with Tw = 1 instead of Tw = q for identity weights -- would not reproduce
# the published 0.849 for cont3x3abstractors:
e <- expand_table(abstractors); t3 <- props(e$a, e$b, 1:3); pik <- (rowSums(t3) + colSums(t3)) / 2
pe_wrong <- sum(pik * (1 - pik)) / (3 * 2)
show("AC1 with pe / (q (q - 1)):", (sum(diag(t3)) - pe_wrong) / (1 - pe_wrong))
