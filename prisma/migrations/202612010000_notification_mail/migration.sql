-- E-mail of notifications: per-notification mail state, per-person preferences. Additive.

ALTER TABLE "Notification" ADD COLUMN "mailStatus" TEXT;
ALTER TABLE "Notification" ADD COLUMN "mailAt" TIMESTAMP(3);
CREATE INDEX "Notification_mailStatus_createdAt_idx" ON "Notification"("mailStatus", "createdAt");
CREATE INDEX "Notification_eventPosition_idx" ON "Notification"("eventPosition");

CREATE TABLE "NotificationMailPreference" (
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "delivery" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "NotificationMailPreference_pkey" PRIMARY KEY ("userId","kind")
);
ALTER TABLE "NotificationMailPreference" ADD CONSTRAINT "NotificationMailPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
