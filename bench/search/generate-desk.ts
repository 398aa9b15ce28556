/**
 * The search benchmark's desk, generated in the database with `generate_series` (no API calls):
 * articles with one revision each, annotations (claims with verdicts and rationales, quotes,
 * allegations), evidence and comments. Words are drawn from a vocabulary of English and Urdu
 * news words with a skewed (Zipf-like) distribution, so common words are common and rare ones
 * rare, as in a real desk. Deterministic: the same sizes give the same desk.
 */

/** English and Urdu words the generated texts are made of (the first ones are the commonest). */
export const VOCABULARY: readonly string[] = [
  ..."the of and to in a is that for on said was with by as at from it has have are be this government minister percent million year people".split(" "),
  ..."report official police court election budget inflation unemployment prices tax water electricity gas flood health school hospital road".split(" "),
  ..."wheat cotton sugar exports imports reserves debt rupee dollar bank interest growth economy province city district village border army".split(" "),
  ..."party leader opposition parliament senate assembly commission protest strike farmers workers teachers doctors students children women".split(" "),
  ..."increase decrease rose fell doubled tripled record lowest highest claimed alleged denied confirmed announced promised estimated".split(" "),
  ..."karachi lahore islamabad peshawar quetta punjab sindh balochistan khyber multan faisalabad rawalpindi hyderabad gwadar sialkot".split(" "),
  ..."corruption smuggling contract tender audit scheme subsidy loan grant aid project dam bridge motorway metro airport port railway".split(" "),
  ..."حکومت وزیر مہنگائی بجلی پانی سیلاب عدالت انتخابات پولیس فیصد ملین ارب روپے گندم کپاس چینی قرضہ معیشت صوبہ شہر".split(" "),
  ..."dengue polio cholera vaccine outbreak monsoon drought heatwave smog pollution emissions forest trees plastic waste garbage".split(" "),
  ..."ministry spokesman secretary chairman director mayor governor judge lawyer journalist editor analyst economist engineer".split(" "),
  ...Array.from({ length: 400 }, (_, i) => `term${i}`),
];

/** Sizes of the generated desk. */
export type DeskSize = { articles: number; annotationsPerArticle: number; wordsPerArticle: number };

/** SQL picking word `k` of item `g` (skewed towards the start of the vocabulary). */
const words = (g: string, count: number, salt: number) =>
  `(SELECT string_agg(v.a[1 + floor(power(((${g}::bigint * 7919 + k::bigint * 104729 + ${salt}) % 10007) / 10007.0, 2.2) * ${VOCABULARY.length})::int], ' ') FROM generate_series(1, ${count}) k)`;

/** A one-row CTE holding the vocabulary as an array (`v.a`), joined into each generating query. */
const WITH_VOCABULARY = `WITH v AS (SELECT array_agg(w ORDER BY i) AS a FROM sb_vocab)`;

/** The statements that generate the desk for user `userId`, articles tagged `tag` (deletable by their creator). */
export function generateDeskSql(userId: string, tag: string, size: DeskSize): string[] {
  const vocabulary = VOCABULARY.map((w, i) => `(${i}, '${w.replaceAll("'", "''")}')`).join(", ");
  const perArticle = size.annotationsPerArticle;
  const total = size.articles * perArticle;
  return [
    `DROP TABLE IF EXISTS sb_vocab`,
    `CREATE TEMP TABLE sb_vocab (i int PRIMARY KEY, w text NOT NULL)`,
    `INSERT INTO sb_vocab VALUES ${vocabulary}`,
    `INSERT INTO "Article" ("id", "title", "createdById", "createdAt", "updatedAt", "currentRevision")
       ${WITH_VOCABULARY} SELECT '${tag}-a' || g, ${words("g", 8, 1)}, '${userId}', now() - (g || ' minutes')::interval, now(), 1 FROM v, generate_series(1, ${size.articles}) g`,
    `INSERT INTO "ArticleRevision" ("id", "articleId", "number", "doc", "text", "source", "createdById")
       ${WITH_VOCABULARY} SELECT '${tag}-r' || g, '${tag}-a' || g, 1, '{}'::jsonb, ${words("g", size.wordsPerArticle, 2)}, 'text', '${userId}' FROM v, generate_series(1, ${size.articles}) g`,
    `INSERT INTO "Annotation" ("id", "articleId", "kind", "revisionId", "start", "end", "exact", "prefix", "suffix", "claimant", "verdict", "rationale", "speaker",
        "allegedBy", "allegedAgainst", "note", "status", "authorId", "lastEditedById", "createdAt", "updatedAt")
       ${WITH_VOCABULARY} SELECT '${tag}-n' || n, '${tag}-a' || (1 + (n - 1) / ${perArticle}), (ARRAY['claim','claim','quote','allegation'])[1 + n % 4]::"AnnotationKind",
         '${tag}-r' || (1 + (n - 1) / ${perArticle}), (n % ${perArticle}) * 50, (n % ${perArticle}) * 50 + 40, ${words("n", 12, 3)}, '', '',
         CASE WHEN n % 4 < 2 THEN 'Minister' END,
         CASE WHEN n % 4 < 2 THEN (ARRAY['true','false','misleading','mixed','unverified'])[1 + n % 5]::"Verdict" END,
         CASE WHEN n % 4 < 2 THEN ${words("n", 15, 4)} END,
         CASE WHEN n % 4 = 2 THEN 'Spokesman' END,
         CASE WHEN n % 4 = 3 THEN 'Opposition' END, CASE WHEN n % 4 = 3 THEN 'Ministry' END,
         CASE WHEN n % 10 = 0 THEN ${words("n", 6, 5)} ELSE '' END,
         (ARRAY['draft','submitted','approved','approved','rejected'])[1 + n % 5]::"ReviewStatus",
         '${userId}', '${userId}', now() - (n || ' seconds')::interval, now()
       FROM v, generate_series(1, ${total}) n`,
    `INSERT INTO "Evidence" ("id", "annotationId", "position", "url", "title", "excerpt")
       ${WITH_VOCABULARY} SELECT '${tag}-e' || n, '${tag}-n' || (n * 10), 0, 'https://example.org/' || n, ${words("n", 5, 6)}, ${words("n", 10, 7)} FROM v, generate_series(1, ${Math.floor(total / 10)}) n`,
    `INSERT INTO "Comment" ("id", "annotationId", "authorId", "body")
       ${WITH_VOCABULARY} SELECT '${tag}-c' || n, '${tag}-n' || (n * 10 - 3), '${userId}', ${words("n", 10, 8)} FROM v, generate_series(1, ${Math.floor(total / 10)}) n`,
  ];
}

/** Run after the generating transaction commits: statistics and the visibility map as autovacuum keeps them on a live desk. */
export const SETTLE_DESK_SQL: readonly string[] = ["Article", "ArticleRevision", "Annotation", "Evidence", "Comment"].map((table) => `VACUUM ANALYZE "${table}"`);
