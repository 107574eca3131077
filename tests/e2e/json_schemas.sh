# The JSON of every command validates against its schema in docs/schema/
# (draft 2020-12). Every command's JSON is the same under --lang en and --lang
# da except the texts for people: title, notes, label, KEY_label, and in the
# review reports the scale's own prose that docs/schema/README.md lists.
source "$(dirname "$0")/lib.sh"
need jsonschema python3-jsonschema
SCHEMAS="$IPSKIT_SOURCE_DIR/docs/schema"
A="$EXAMPLES/review-hjorring-2020-a.yaml"
B="$EXAMPLES/review-hjorring-2020-b.yaml"
CASES="$EXAMPLES/cases-region.csv"

runs=(
"scales"
"scales show ips-25"
"scales show ips-15 --item 3"
"score $A"
"score $A $B"
"trend $EXAMPLES/region/hjorring-2021.yaml $EXAMPLES/region/hjorring-2022.yaml"
"compare $EXAMPLES/region --latest"
"compare $TESTDATA/fidelity-outcomes/reviews --cases $TESTDATA/fidelity-outcomes/cases.csv --year 2022 --clusters $TESTDATA/fidelity-outcomes/clusters.yaml --allow-unmatched"
"outcomes $CASES"
"outcomes $CASES --year 2022 --by cluster site --ci --cohort --suppress-below 5"
"outcomes $CASES --from 2021-01-01 --to 2021-06-30 --by consultant --as-of 2021-12-31"
"derive --scale ips-25 --cases $EXAMPLES/site-records/cases.csv --jobs $EXAMPLES/site-records/jobs.csv --contacts $EXAMPLES/site-records/employer_contacts.csv --staff $EXAMPLES/site-records/staff.yaml"
"derive --scale ips-25 --cases $EXAMPLES/site-records/cases.csv"
"score $A --cases $EXAMPLES/site-records/cases.csv --jobs $EXAMPLES/site-records/jobs.csv --staff $EXAMPLES/site-records/staff.yaml"
"outcomes $CASES --years 2020..2022 --by cluster site --cohort --suppress-below 5"
"outcomes $TESTDATA/periods/cases.csv --quarters 2021Q1..2022Q2 --by site --targets $TESTDATA/periods/targets.yaml"
"outcomes $TESTDATA/periods/cases.csv --year 2022 --by site --targets $TESTDATA/periods/targets.yaml"
"outcomes $TESTDATA/fidelity-outcomes/cases.csv --years 2021..2022 --clusters $TESTDATA/fidelity-outcomes/clusters.yaml --by model --cohort --suppress-below 5"
)
n=0
for args in "${runs[@]}"; do
    for lang in en da; do
        # shellcheck disable=SC2086  # the args are words
        run_ipskit $args --format json --lang "$lang"
        expect_status 0
        cp "$SCRATCH/.stdout" "run$n.$lang.json"
    done
    n=$((n + 1))
done

# Debian's python3-jsonschema is the one /usr/bin/jsonschema runs.
python=$(command -v /usr/bin/python3 || command -v python3)
"$python" - "$SCHEMAS" run*.json <<'PY' || fail "a JSON output does not match its schema or its other language"
import json, pathlib, re, sys
import jsonschema

schemas = {}
for path in pathlib.Path(sys.argv[1]).glob("*.schema.json"):
    schema = json.loads(path.read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    schemas[schema["$id"]] = schema
resolver_store = dict(schemas)
failed = False

def validator_for(kind):
    schema = schemas["urn:ipskit:schema:2:" + kind]
    try:  # jsonschema 4.18 and later
        from referencing import Registry, Resource
        registry = Registry().with_resources((k, Resource.from_contents(v)) for k, v in schemas.items())
        return jsonschema.Draft202012Validator(schema, registry=registry)
    except ImportError:  # Debian 12's 4.10
        resolver = jsonschema.RefResolver.from_schema(schema, store=resolver_store)
        return jsonschema.Draft202012Validator(schema, resolver=resolver)

# The scale's own prose (its version and source, the boundary rule, an
# anchor or element, a priority's target anchor) is a text for people in the
# report's language; docs/schema/README.md lists it.
SCALE_TEXTS = {"scale_name", "scale_version", "scale_source", "version", "source", "boundary_rule",
               "anchor", "element", "target",
               # derive and score --cases: how a figure was counted and compared, said for people
               "counted", "band", "comparison", "evidence"}

def for_machines(value, kind):
    """The JSON without the texts for people, rows in a fixed order (sites sort by the language's collation)."""
    texts = SCALE_TEXTS if kind != "outcomes" else set()
    if isinstance(value, dict):
        return {k: for_machines(v, kind) for k, v in value.items()
                if k not in ("title", "notes", "label") and k not in texts and not k.endswith("_label")}
    if isinstance(value, list):
        items = [for_machines(v, kind) for v in value]
        return sorted(items, key=json.dumps) if all(isinstance(v, dict) and "rows" not in v for v in items) else items
    return value

runs = {}
for name in sys.argv[2:]:
    document = json.loads(pathlib.Path(name).read_text())
    kind = document.get("kind", "")
    if "urn:ipskit:schema:2:" + kind not in schemas:
        print(f"{name}: no schema for kind {kind!r}"); failed = True; continue
    for error in validator_for(kind).iter_errors(document):
        print(f"{name}: {'/'.join(map(str, error.absolute_path))}: {error.message}"); failed = True
    runs.setdefault(name.split(".")[0], {})[name.split(".")[1]] = for_machines(document, kind)
for run, by_lang in sorted(runs.items()):
    if by_lang["en"] != by_lang["da"]:
        print(f"{run}: the JSON under --lang da differs from --lang en beyond its texts"); failed = True
sys.exit(1 if failed else 0)
PY

# A schema catches what it must: a translated outcome, a flag as text.
sed 's/"ordinary_job"/"Ordinært job"/' run7.en.json >bad-outcome.json
! "$python" -c '
import json, sys, jsonschema
schemas = {p: json.load(open(p)) for p in sys.argv[1:3]}
doc, out = schemas[sys.argv[1]], schemas[sys.argv[2]]
resolver = jsonschema.RefResolver.from_schema(out, store={doc["$id"]: doc, out["$id"]: out})
jsonschema.Draft202012Validator(out, resolver=resolver).validate(json.load(open("bad-outcome.json")))
' "$SCHEMAS/document.schema.json" "$SCHEMAS/outcomes.schema.json" 2>/dev/null || fail "the outcomes schema accepts a translated outcome"
