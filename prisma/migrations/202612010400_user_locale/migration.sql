-- The interface language a person chose (null: follow the browser).
ALTER TABLE "User" ADD COLUMN "locale" TEXT;
