-- Notifications and e-mails are stored as a catalogue key and its parameters, rendered in the reader's
-- language: the list in the reader's current language, an e-mail in the recipient's stored preference
-- (user_account.locale, set by the header's language switch). Rows written before keep their Vietnamese
-- text in title/body (subject/body) and are shown as they are.

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('vi', 'en');

-- AlterTable
ALTER TABLE "user_account" ADD COLUMN     "locale" "Locale" NOT NULL DEFAULT 'vi';

-- AlterTable
ALTER TABLE "notification" ADD COLUMN     "messageKey" TEXT,
ADD COLUMN     "params" JSONB,
ALTER COLUMN "title" DROP NOT NULL,
ALTER COLUMN "body" DROP NOT NULL,
ALTER COLUMN "body" DROP DEFAULT;

-- AlterTable
ALTER TABLE "email_outbox" ADD COLUMN     "link" TEXT,
ADD COLUMN     "locale" "Locale" NOT NULL DEFAULT 'vi',
ADD COLUMN     "messageKey" TEXT,
ADD COLUMN     "params" JSONB,
ALTER COLUMN "subject" DROP NOT NULL,
ALTER COLUMN "body" DROP NOT NULL;

-- Every row has something to show: a key, or the text of a row from before.
ALTER TABLE "notification" ADD CONSTRAINT "notification_message_check" CHECK ("messageKey" IS NOT NULL OR "title" IS NOT NULL);
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_message_check" CHECK ("messageKey" IS NOT NULL OR ("subject" IS NOT NULL AND "body" IS NOT NULL));

-- E-mails from before ended with a relative link ("…\n\n/ke-hoach/<id>"). It moves to "link", so the
-- e-mail is sent with the absolute URL (APP_URL) like the new ones.
UPDATE "email_outbox"
SET "link" = substring("body" from '\n\n(/[^/\s]\S*)$'),
    "body" = regexp_replace("body", '\n\n/[^/\s]\S*$', '')
WHERE "messageKey" IS NULL AND "body" ~ '\n\n/[^/\s]\S*$';
