-- Synthetic search data for bench/search-latency.sh on PostgreSQL (docs/performance.md, "Search latency over a
-- million items"): 8,000 organizations syn-0001… and 1,000,000 SearchEntries rows, written with SQL in about three
-- minutes instead of through the app. Run it once against a migrated database that already holds the demo (its
-- indexed words are the vocabulary), e.g. the one bench/lib.sh's app_start migrates:
--   psql -h 127.0.0.1 -p PORT -U postgres -d prongsai_bench -f bench/search-synthetic.sql
-- then start the app on that database and run bench/search-latency.sh --url … --org syn-0001.
-- The text is 2,000 templates of 130 words drawn with a skewed distribution from the vocabulary, each copied 500
-- times: most words occur in a large share of all items, and phrases of common words are rare (harsher than real
-- text). The tsvector is written as a literal with positions (title words A, body words B), as SearchIndex does.
\timing on
CREATE TABLE IF NOT EXISTS syn_vocab AS
SELECT (row_number() OVER (ORDER BY count(*) DESC, w) - 1)::int AS i, w
FROM (SELECT unnest(string_to_array("TitleTokens" || ' ' || "BodyTokens", ' ')) AS w FROM "SearchEntries") t
WHERE w <> '' GROUP BY w;
INSERT INTO syn_vocab SELECT (SELECT max(i) FROM syn_vocab) + row_number() OVER (), w
FROM unnest(ARRAY['ถนน','ผู้สูงอายุ','โรงเรียน','ทุจริต','คุณธรรม','น้ำ','ประปา','เด็ก','เล็ก','บาง','คา','มา','ตาม','ประชาชน','คอนกรีต','เสริม','เหล็ก']) w
WHERE w NOT IN (SELECT w FROM syn_vocab);
DROP TABLE IF EXISTS syn_tmpl;
CREATE TABLE syn_tmpl AS
WITH arr AS (SELECT array_agg(w ORDER BY i) AS a, count(*) AS n FROM syn_vocab),
words AS (
  SELECT t.tid, g.pos, arr.a[1 + floor(power(random(), 2.5) * arr.n)::int] AS w
  FROM generate_series(0, 1999) t(tid), generate_series(1, 130) g(pos), arr)
SELECT tid,
       string_agg(w, ' ' ORDER BY pos) FILTER (WHERE pos <= 8) AS title_tokens,
       string_agg(w, '' ORDER BY pos) FILTER (WHERE pos > 8) AS body_text,
       string_agg(quote_literal(w) || ':' || pos || CASE WHEN pos <= 8 THEN 'A' ELSE 'B' END, ' ' ORDER BY pos)::tsvector AS vec
FROM words GROUP BY tid;
INSERT INTO "Organizations"("Slug", "Name", "Kind", "CreatedAt")
SELECT 'syn-' || lpad(g::text, 4, '0'), 'องค์การบริหารส่วนตำบลสังเคราะห์ ' || g, 0, now() FROM generate_series(1, 8000) g
ON CONFLICT DO NOTHING;
DROP TABLE IF EXISTS syn_orgs;
CREATE TABLE syn_orgs AS SELECT row_number() OVER (ORDER BY "Id")::int AS rn, "Id", "Slug" FROM "Organizations" WHERE "Slug" LIKE 'syn-%';
-- The GIN index is built once after the rows, not kept up row by row.
DROP INDEX IF EXISTS "IX_SearchEntries_OrganizationId_SearchVector";
INSERT INTO "SearchEntries"("OrganizationId", "ItemType", "ItemId", "Title", "Url", "Text", "TitleTokens", "BodyTokens", "PublishedAt", "UpdatedAt", "SearchVector")
SELECT o."Id", 'document', n::text, replace(t.title_tokens, ' ', '') || ' ฉบับที่ ' || n, '/' || o."Slug" || '/documents/' || n,
       t.body_text, t.title_tokens, '', now(), now(), t.vec
FROM generate_series(1, 1000000) n
JOIN syn_orgs o ON o.rn = (n % 8000) + 1
JOIN syn_tmpl t ON t.tid = (n::bigint * 7919) % 2000;
CREATE INDEX "IX_SearchEntries_OrganizationId_SearchVector" ON "SearchEntries" USING GIN ("OrganizationId", "SearchVector");
VACUUM ANALYZE "SearchEntries";
SELECT count(*) AS entries, pg_size_pretty(pg_total_relation_size('"SearchEntries"')) AS size FROM "SearchEntries";
