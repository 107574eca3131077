#!/usr/bin/env bash
# Errors come in the language the user asked for: --lang, else IPSKIT_LANG,
# else the locale; English when nothing asks for Danish.
source "$(dirname "$0")/lib.sh"

printf 'x' > empty_review.yaml

run_ipskit score missing.yaml
expect_status 1
expect_err_contains "error:"

LANG=da_DK.UTF-8 run_ipskit score missing.yaml
expect_status 1
expect_err_contains "fejl:"

IPSKIT_LANG=da run_ipskit score missing.yaml
expect_status 1
expect_err_contains "fejl:"

LANG=da_DK.UTF-8 IPSKIT_LANG=en run_ipskit score missing.yaml
expect_status 1
expect_err_contains "error:"

run_ipskit score missing.yaml --lang da
expect_status 1
expect_err_contains "fejl:"

IPSKIT_LANG=da run_ipskit score missing.yaml --lang en
expect_status 1
expect_err_contains "error:"

# The report language follows too.
IPSKIT_LANG=da run_ipskit score "$EXAMPLES/review-hjorring-2020-a.yaml"
expect_status 0
expect_out_contains "Samlet score"
