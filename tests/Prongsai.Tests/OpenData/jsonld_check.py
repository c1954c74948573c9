#!/usr/bin/python3
"""Reads DCAT catalogs with a JSON-LD processor (Debian's python3-pyld), as a harvester would.

    jsonld_check.py EXPECT.json CATALOG.jsonld...

Each catalog is expanded and turned into RDF triples with no document loader at all (an inline @context only:
asking for a remote one fails). Over every file: exactly one dcat:Catalog whose dcat:dataset links every
dcat:Dataset; each dataset has a Thai dct:title, a dct:publisher, dct:modified as xsd:dateTime and at least one
dcat:distribution with an absolute dcat:downloadURL and dct:license. Over all files together: every title in
EXPECT["titles"] belongs to a dcat:Dataset, and when EXPECT["datasets"] is a number, there are exactly that many.
Prints one line per file and exits 1 with every problem listed, 2 when pyld is missing.
"""
import json
import sys

try:
    from pyld import jsonld
except ImportError:
    print("error: the JSON-LD processor pyld is missing: apt-get install python3-pyld", file=sys.stderr)
    sys.exit(2)

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
DCAT = "http://www.w3.org/ns/dcat#"
DCT = "http://purl.org/dc/terms/"
XSD_DATETIME = "http://www.w3.org/2001/XMLSchema#dateTime"


def no_remote_documents(url, options=None):
    raise RuntimeError("the catalog asked for a remote document: " + url)


def main():
    jsonld.set_document_loader(no_remote_documents)
    with open(sys.argv[1], encoding="utf-8") as f:
        expect = json.load(f)
    problems = []
    titles = set()
    dataset_count = 0
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
        try:
            expanded = jsonld.expand(document)
            triples = jsonld.to_rdf(document).get("@default", [])
        except Exception as error:  # pyld wraps the loader's error: report the whole chain
            chain = []
            while error is not None:
                chain.append(str(error))
                error = error.__cause__ or getattr(error, "cause", None)
            problems.append(f"{path}: not readable as JSON-LD: " + " <- ".join(chain))
            continue
        if not expanded:
            problems.append(f"{path}: expands to nothing")
            continue

        def objects(subject, predicate):
            return [t["object"] for t in triples if t["subject"]["value"] == subject and t["predicate"]["value"] == predicate]

        def typed(kind):
            return {t["subject"]["value"] for t in triples if t["predicate"]["value"] == RDF_TYPE and t["object"]["value"] == kind}

        for t in triples:
            for node in (t["subject"], t["object"]):
                if node["type"] == "IRI" and not node["value"].startswith(("http://", "https://")):
                    problems.append(f"{path}: IRI that is not absolute: {node['value']}")
        catalogs = typed(DCAT + "Catalog")
        datasets = typed(DCAT + "Dataset")
        dataset_count += len(datasets)
        if len(catalogs) != 1:
            problems.append(f"{path}: {len(catalogs)} dcat:Catalog nodes, expected 1")
        linked = {o["value"] for c in catalogs for o in objects(c, DCAT + "dataset")}
        for d in sorted(datasets):
            if d not in linked:
                problems.append(f"{path}: {d} is not a dcat:dataset of the catalog")
            thai = [o["value"] for o in objects(d, DCT + "title") if o.get("language") == "th"]
            if not thai:
                problems.append(f"{path}: {d} has no Thai dct:title")
            titles.update(thai)
            if not objects(d, DCT + "publisher"):
                problems.append(f"{path}: {d} has no dct:publisher")
            if not any(o.get("datatype") == XSD_DATETIME for o in objects(d, DCT + "modified")):
                problems.append(f"{path}: {d} has no dct:modified as xsd:dateTime")
            distributions = [o["value"] for o in objects(d, DCAT + "distribution")]
            if not distributions:
                problems.append(f"{path}: {d} has no dcat:distribution")
            for x in distributions:
                urls = [o for o in objects(x, DCAT + "downloadURL") if o["type"] == "IRI"]
                if not urls:
                    problems.append(f"{path}: distribution {x} has no dcat:downloadURL IRI")
                if not [o for o in objects(x, DCT + "license") if o["type"] == "IRI"]:
                    problems.append(f"{path}: distribution {x} has no dct:license IRI")
        print(f"{path}: {len(triples)} triples, {len(datasets)} datasets")
    for title in expect.get("titles", []):
        if title not in titles:
            problems.append(f"no dcat:Dataset is titled {title!r}")
    if expect.get("datasets") is not None and expect["datasets"] != dataset_count:
        problems.append(f"{dataset_count} datasets, expected {expect['datasets']}")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)
    print(f"ok: {dataset_count} datasets, {len(expect.get('titles', []))} expected titles found")


if __name__ == "__main__":
    main()
