import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import type { ValidateFunction } from "ajv";

/**
 * Runs the W3C Web Annotation test suite (fixtures/w3c-annotation, copied from w3c/web-annotation-tests)
 * the way its README describes: draft-04 schemas, every definition added first, and each assertion
 * listed in a `.test` file compiled and compared with its `expectedResult`.
 */

const SUITE = join(__dirname, "fixtures", "w3c-annotation");

/** The test lists shipped with the suite. */
export type W3cTestList = "annotationMusts" | "annotationOptionals" | "annotationsAgentOptionals";

/** The outcome of one assertion on one annotation. */
export type W3cAssertionResult = {
  /** Path of the assertion file inside the suite, e.g. `annotations/3.1-annotationIdValidated.json`. */
  assertion: string;
  title: string;
  expected: "valid" | "invalid";
  /** True when the schema's result matched `expectedResult`. */
  passed: boolean;
};

type Assertion = { path: string; title: string; expected: "valid" | "invalid"; validate: ValidateFunction };

let ajv: Ajv | null = null;
const compiled = new Map<string, Assertion>();

function suiteAjv(): Ajv {
  if (ajv) return ajv;
  ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  const definitions = join(SUITE, "definitions");
  for (const file of readdirSync(definitions).filter((name) => name.endsWith(".json"))) {
    ajv.addSchema(JSON.parse(readFileSync(join(definitions, file), "utf8")));
  }
  return ajv;
}

function assertion(path: string): Assertion {
  const known = compiled.get(path);
  if (known) return known;
  const schema = JSON.parse(readFileSync(join(SUITE, path), "utf8"));
  // Assertion files in different folders reuse ids; they are compiled anonymously so they cannot clash.
  const { id: _id, ...anonymous } = schema;
  const entry: Assertion = {
    path,
    title: String(schema.title ?? path),
    expected: schema.expectedResult === "invalid" ? "invalid" : "valid",
    validate: suiteAjv().compile(anonymous),
  };
  compiled.set(path, entry);
  return entry;
}

/** Assertion paths listed in one of the suite's `.test` files. */
export function listAssertions(list: W3cTestList): string[] {
  const test = JSON.parse(readFileSync(join(SUITE, "annotations", `${list}.test`), "utf8"));
  return test.assertions as string[];
}

/** Runs every assertion of `list` on `annotation`. */
export function runW3cTestList(list: W3cTestList, annotation: unknown): W3cAssertionResult[] {
  return listAssertions(list).map((path) => {
    const { title, expected, validate } = assertion(path);
    const valid = validate(annotation) === true;
    return { assertion: path, title, expected, passed: valid === (expected === "valid") };
  });
}

/** The MUST assertions `annotation` fails (empty when it conforms to the model's MUSTs). */
export function failedW3cMusts(annotation: unknown): string[] {
  return runW3cTestList("annotationMusts", annotation)
    .filter((result) => !result.passed)
    .map((result) => result.assertion);
}

/** Reads a sample from the suite (`samples/correct/anno1.json` …); JSON5 for the ones with trailing commas. */
export function readW3cSample(path: string, parse: (text: string) => unknown = JSON.parse): unknown {
  return parse(readFileSync(join(SUITE, "samples", path), "utf8"));
}
