#!/usr/bin/env Rscript
# Writes the reference values that tests/Insights.Core.Tests/Statistics checks Insights.Core.Statistics against.
# Run from anywhere:  Rscript scripts/statistics/make-fixtures.R
# Needs R (4.2.2 was used) with the coin package; MASS (a recommended package) supplies ginv.
# Every number is printed with 17 significant digits, so a double survives the round trip exactly.
suppressPackageStartupMessages(library(coin))

args <- commandArgs(trailingOnly = FALSE)
script <- normalizePath(sub("^--file=", "", args[grep("^--file=", args)]))
root <- dirname(dirname(dirname(script)))
out <- file.path(root, "tests", "Insights.Core.Tests", "Statistics", "Fixtures")
dir.create(out, recursive = TRUE, showWarnings = FALSE)

header <- sprintf("# %s, coin %s; regenerate with: Rscript scripts/statistics/make-fixtures.R",
                  R.version.string, as.character(packageVersion("coin")))
num <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))
cells <- function(t) paste(sprintf("%.0f", as.vector(t(t))), collapse = ";")  # row-major
write_fixture <- function(name, rows) {
  con <- file(file.path(out, name), "w")
  writeLines(header, con)
  writeLines(paste(names(rows), collapse = ","), con)
  for (i in seq_len(nrow(rows))) writeLines(paste(unlist(rows[i, ]), collapse = ","), con)
  close(con)
}
same <- function(a, b, what) if (!isTRUE(all.equal(a, b, tolerance = 1e-12))) stop(what, ": ", a, " vs ", b)

# ---- one proportion: Wilson (prop.test, correct = FALSE), Wilson cc (prop.test, correct = TRUE), Clopper-Pearson
cases <- list(c(0, 1), c(1, 1), c(0, 2), c(1, 2), c(2, 2), c(0, 10), c(1, 10), c(3, 10), c(5, 10), c(9, 10),
              c(10, 10), c(7, 20), c(7, 25), c(0, 100), c(1, 100), c(50, 100), c(99, 100), c(100, 100),
              c(1, 1000), c(37, 1000), c(862, 1820), c(0, 1e5), c(1, 1e5), c(5, 1e5), c(12345, 1e5),
              c(50000, 1e5), c(99999, 1e5), c(1e5, 1e5), c(3, 1e6), c(500000, 1e6))
levels <- c(0.95, 0.99, 0.8)
# R's prop.test shrinks the continuity correction to |x - n p0| (p0 its null value, 0.5 by default), so at
# x = n/2 it would give the uncorrected interval. A null far from x/n keeps the full correction: Newcombe's method 4.
far_null <- function(x, n) if (x < n / 2) 0.999 else 0.001
wilson_cc_formula <- function(x, n, level) {  # Newcombe (1998) method 4, closed form
  z <- qnorm((1 + level) / 2); p <- x / n
  l <- if (x == 0) 0 else (2*n*p + z^2 - 1 - z*sqrt(z^2 - 2 - 1/n + 4*p*(n*(1-p) + 1))) / (2*(n + z^2))
  u <- if (x == n) 1 else (2*n*p + z^2 + 1 + z*sqrt(z^2 + 2 - 1/n + 4*p*(n*(1-p) - 1))) / (2*(n + z^2))
  c(max(l, 0), min(u, 1))
}
rows <- NULL
for (case in cases) for (level in levels) {
  x <- case[1]; n <- case[2]
  w <- suppressWarnings(prop.test(x, n, conf.level = level, correct = FALSE)$conf.int)
  cc <- suppressWarnings(prop.test(x, n, p = far_null(x, n), conf.level = level, correct = TRUE)$conf.int)
  same(as.numeric(cc), wilson_cc_formula(x, n, level), "Wilson cc against Newcombe's formula")
  cp <- binom.test(x, n, conf.level = level)$conf.int
  for (m in list(list("Wilson", w), list("WilsonContinuityCorrected", cc), list("ClopperPearson", cp)))
    rows <- rbind(rows, data.frame(method = m[[1]], successes = num(x), trials = num(n), level = num(level),
                                   lower = num(m[[2]][1]), upper = num(m[[2]][2])))
}
write_fixture("intervals.csv", rows)

# ---- Newcombe's hybrid score interval (method 10) for p1 - p2, on the Wilson limits of prop.test
newcombe <- function(x1, n1, x2, n2, level) {
  w1 <- suppressWarnings(prop.test(x1, n1, conf.level = level, correct = FALSE)$conf.int)
  w2 <- suppressWarnings(prop.test(x2, n2, conf.level = level, correct = FALSE)$conf.int)
  p1 <- x1 / n1; p2 <- x2 / n2; d <- p1 - p2
  c(d - sqrt((p1 - w1[1])^2 + (w2[2] - p2)^2), d + sqrt((w1[2] - p1)^2 + (p2 - w2[1])^2))
}
# Newcombe (1998) Table II, example (a): 56/70 - 48/80 gives 0.0524 to 0.3339.
same(round(newcombe(56, 70, 48, 80, 0.95), 4), c(0.0524, 0.3339), "Newcombe's published example")
pairs <- list(c(0, 1, 0, 1), c(1, 1, 0, 1), c(0, 1, 1, 1), c(0, 10, 10, 10), c(5, 10, 5, 10), c(56, 70, 48, 80),
              c(9, 10, 3, 10), c(0, 100, 1, 100), c(10, 20, 0, 5), c(1, 1e5, 0, 1e5), c(50000, 1e5, 49000, 1e5),
              c(862, 1820, 500, 1086))
rows <- NULL
for (p in pairs) for (level in c(0.95, 0.9)) {
  ci <- newcombe(p[1], p[2], p[3], p[4], level)
  rows <- rbind(rows, data.frame(successes1 = num(p[1]), trials1 = num(p[2]), successes2 = num(p[3]),
                                 trials2 = num(p[4]), level = num(level), lower = num(ci[1]), upper = num(ci[2])))
}
write_fixture("newcombe.csv", rows)

# ---- two-sample test of equal proportions (prop.test on two counts)
pairs <- list(c(1, 1, 0, 1), c(0, 5, 5, 5), c(15, 20, 5, 20), c(56, 70, 48, 80), c(5, 10, 10, 20), c(3, 7, 4, 9),
              c(50000, 1e5, 49500, 1e5), c(5, 1e5, 15, 1e5), c(0, 3, 1, 4), c(862, 1820, 500, 1086))
rows <- NULL
for (p in pairs) for (correct in c(FALSE, TRUE)) {
  t <- suppressWarnings(prop.test(c(p[1], p[3]), c(p[2], p[4]), correct = correct))
  rows <- rbind(rows, data.frame(successes1 = num(p[1]), trials1 = num(p[2]), successes2 = num(p[3]),
                                 trials2 = num(p[4]), correct = tolower(correct),
                                 statistic = num(unname(t$statistic)), p = num(t$p.value)))
}
write_fixture("prop-test.csv", rows)

# ---- McNemar: chi-square with and without correction (mcnemar.test), exact (binom.test), mid-p (pbinom formula)
discordant <- list(c(0, 1), c(1, 0), c(1, 1), c(0, 5), c(3, 7), c(7, 3), c(12, 12), c(10, 14), c(5, 19), c(24, 0),
                   c(13, 12), c(25, 0), c(20, 30), c(100, 150), c(400, 600), c(1e5, 100500), c(499000, 501000),
                   c(499500, 500500), c(10, 1e6))
rows <- NULL
for (bc in discordant) {
  b <- bc[1]; c <- bc[2]; n <- b + c; m <- min(b, c)
  x <- matrix(c(0, c, b, 0), 2)  # x[1, 2] = b (yes -> no), x[2, 1] = c (no -> yes)
  for (correct in c(FALSE, TRUE)) {
    t <- mcnemar.test(x, correct = correct)
    rows <- rbind(rows, data.frame(b = num(b), c = num(c), method = if (correct) "ChiSquareCorrected" else "ChiSquare",
                                   statistic = num(unname(t$statistic)), df = "1", p = num(t$p.value)))
  }
  t <- binom.test(b, n)
  rows <- rbind(rows, data.frame(b = num(b), c = num(c), method = "Exact", statistic = num(b), df = "NA", p = num(t$p.value)))
  midp <- 2 * pbinom(m, n, 0.5) - dbinom(m, n, 0.5)
  rows <- rbind(rows, data.frame(b = num(b), c = num(c), method = "MidP", statistic = num(b), df = "NA", p = num(midp)))
}
write_fixture("mcnemar.csv", rows)

# ---- Stuart-Maxwell (coin::mh_test, checked against the formula) and Bhapkar (its formula)
drop_empty <- function(t) { keep <- rowSums(t) + colSums(t) > 0; t[keep, keep, drop = FALSE] }
stuart_maxwell <- function(t) {
  k <- nrow(t); d <- rowSums(t) - colSums(t)
  S <- diag(rowSums(t) + colSums(t)) - t - t(t)
  S <- S[-k, -k, drop = FALSE]; d <- d[-k]
  r <- qr(S)$rank
  list(statistic = if (r == 0) 0 else as.numeric(t(d) %*% MASS::ginv(S) %*% d), df = r)
}
bhapkar <- function(t) {
  n <- sum(t); p <- t / n; k <- nrow(t); d <- rowSums(p) - colSums(p)
  S <- diag(rowSums(p) + colSums(p)) - p - t(p) - outer(d, d)  # covariance of the differences, from cell proportions
  S <- S[-k, -k, drop = FALSE]; d <- d[-k]
  r <- qr(S)$rank
  list(statistic = if (r == 0) 0 else n * as.numeric(t(d) %*% MASS::ginv(S) %*% d), df = r)
}
set.seed(20261202)
tables <- list(
  matrix(c(10, 5, 3, 12), 2, byrow = TRUE),
  matrix(c(20, 10, 5, 3, 30, 15, 2, 3, 40), 3, byrow = TRUE),
  # Stuart (1955): unaided distance vision of 7477 women, right eye (rows) by left eye.
  matrix(c(1520, 266, 124, 66, 234, 1512, 432, 78, 117, 362, 1772, 205, 36, 82, 179, 492), 4, byrow = TRUE),
  matrix(c(10, 4, 0, 6, 8, 0, 0, 0, 7), 3, byrow = TRUE),            # category 3 only on the diagonal: singular
  matrix(c(5, 0, 3, 1, 0, 0, 0, 0, 2, 0, 6, 4, 1, 0, 0, 9), 4, byrow = TRUE),  # category 2 empty: dropped
  matrix(c(3, 2, 0, 0, 5, 4, 0, 0, 0, 0, 6, 1, 0, 0, 4, 2), 4, byrow = TRUE),  # two blocks: rank 2
  matrix(c(0, 5, 3, 0, 0, 4, 2, 0, 0), 3, byrow = TRUE),
  matrix(c(30000, 2000, 1500, 2500, 25000, 1800, 1000, 2200, 34000), 3, byrow = TRUE),
  matrix(c(300000, 21000, 15000, 20000, 250000, 18000, 14000, 19000, 343000), 3, byrow = TRUE),
  matrix(rpois(25, 8) + diag(rpois(5, 40)), 5),
  matrix(rpois(16, 3), 4),
  matrix(c(1, 0, 0, 1, 0, 0, 0, 1, 0), 3, byrow = TRUE))
sm_rows <- NULL; bh_rows <- NULL
for (t0 in tables) {
  t <- drop_empty(t0)
  mine <- stuart_maxwell(t)
  # coin expands a table into one row per pair, which takes minutes from 10^5 pairs: above 2e4 the formula
  # (checked against coin on every smaller table) and pchisq give the reference.
  if (sum(t) <= 2e4) {
    mh <- mh_test(as.table(t))
    same(as.numeric(statistic(mh)), mine$statistic, "coin::mh_test against the Stuart-Maxwell formula")
    same(as.numeric(mh@statistic@df), mine$df, "coin's degrees of freedom against the rank")
    p <- as.numeric(pvalue(mh))
  } else {
    p <- pchisq(mine$statistic, mine$df, lower.tail = FALSE)
  }
  sm_rows <- rbind(sm_rows, data.frame(k = nrow(t0), cells = cells(t0), statistic = num(mine$statistic),
                                       df = num(mine$df), p = num(p), source = if (sum(t) <= 2e4) "coin" else "formula"))
  bh <- bhapkar(t)
  if (bh$df == mine$df) {  # else the covariance vanishes along d (every pair changed the same way): W is infinite
    same(bh$statistic, mine$statistic / (1 - mine$statistic / sum(t)), "Bhapkar against X2 / (1 - X2/n)")
    bh_rows <- rbind(bh_rows, data.frame(k = nrow(t0), cells = cells(t0), statistic = num(bh$statistic),
                                         df = num(bh$df), p = num(if (bh$df == 0) 1 else pchisq(bh$statistic, bh$df, lower.tail = FALSE))))
  }
}
write_fixture("stuart-maxwell.csv", sm_rows)
write_fixture("bhapkar.csv", bh_rows)

# ---- chi-square test of independence (chisq.test, correct = FALSE) and Cramer's V
tables <- list(
  matrix(c(10, 20, 30, 40), 2, byrow = TRUE),
  matrix(c(1, 0, 0, 1), 2, byrow = TRUE),
  matrix(c(12, 5, 9, 7, 3, 15), 2, byrow = TRUE),
  matrix(c(20, 15, 10, 5, 12, 18, 22, 9, 4, 8, 16, 30), 3, byrow = TRUE),
  matrix(c(5, 0, 3, 0, 0, 0, 2, 0, 7), 3, byrow = TRUE),              # an empty row and column: dropped
  matrix(c(50000, 20000, 30000, 45000, 25000, 30500), 2, byrow = TRUE),
  matrix(c(400000, 350000, 250000, 410000, 340000, 251000, 395000, 352000, 249000), 3, byrow = TRUE),
  matrix(rpois(20, 6), 4))
rows <- NULL
for (t0 in tables) {
  keep_r <- rowSums(t0) > 0; keep_c <- colSums(t0) > 0
  t <- t0[keep_r, keep_c, drop = FALSE]
  x <- suppressWarnings(chisq.test(t, correct = FALSE))
  v <- sqrt(unname(x$statistic) / (sum(t) * (min(dim(t)) - 1)))
  rows <- rbind(rows, data.frame(rows = nrow(t0), columns = ncol(t0), cells = cells(t0),
                                 statistic = num(unname(x$statistic)), df = num(unname(x$parameter)),
                                 p = num(x$p.value), cramersv = num(v)))
}
write_fixture("chisq.csv", rows)

# ---- Fisher's exact test, two-sided, of [[a, b], [c, d]] = matrix(c(a, c, b, d), 2)
quads <- list(c(0, 0, 0, 0), c(0, 0, 0, 1), c(1, 0, 0, 1), c(3, 1, 1, 3), c(10, 0, 0, 10), c(0, 10, 10, 0),
              c(2, 7, 8, 2), c(0, 5, 0, 5), c(12, 5, 3, 20), c(1, 9, 11, 3), c(100, 200, 150, 180),
              c(1000, 1100, 1200, 1050), c(50000, 50200, 49800, 50000), c(10, 1e5, 30, 1e5),
              c(500000, 501000, 500000, 499000), c(7, 2, 3, 8), c(4, 4, 4, 4))
rows <- NULL
for (q in quads) {
  f <- fisher.test(matrix(c(q[1], q[3], q[2], q[4]), 2))
  rows <- rbind(rows, data.frame(a = num(q[1]), b = num(q[2]), c = num(q[3]), d = num(q[4]), p = num(f$p.value)))
}
write_fixture("fisher.csv", rows)

# ---- p.adjust, Holm and BH; NA (NaN) entries pass through
vectors <- list(c(0.01, 0.02, 0.03, 0.04, 0.05), c(0.5), c(0.001, 0.8, 0.03, 0.03, 0.2, NA, 0.6), c(1, 1, 1),
                c(0, 1e-4, 0.049, 0.9), c(NA, 0.2), round(runif(20), 6), c(0.04, 0.01, 0.04, 0.3, 0.01))
rows <- NULL
for (i in seq_along(vectors)) for (method in c("holm", "BH")) {
  p <- vectors[[i]]
  rows <- rbind(rows, data.frame(id = i, method = if (method == "holm") "Holm" else "BenjaminiHochberg",
                                 raw = paste(num(p), collapse = ";"), adjusted = paste(num(p.adjust(p, method)), collapse = ";")))
}
write_fixture("p-adjust.csv", rows)
cat("wrote the fixtures to", out, "\n")
