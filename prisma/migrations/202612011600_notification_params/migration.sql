-- A notification's parts (who acted, the quote, the reason…), for wording it in the reader's language.
-- Older rows keep only their English text (null here).
ALTER TABLE "Notification" ADD COLUMN "params" JSONB;
