-- The evidence archive's per-host fetch slots, shared by every instance (leases that expire).
CREATE TABLE "ArchiveHostSlot" (
    "host" TEXT NOT NULL,
    "slot" INTEGER NOT NULL,
    "holder" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ArchiveHostSlot_pkey" PRIMARY KEY ("host","slot")
);
