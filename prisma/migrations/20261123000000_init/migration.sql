-- CreateTable
CREATE TABLE "Document" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "outlet" TEXT,
    "url" TEXT,
    "publishedAt" DATETIME,
    "fileName" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "storyId" INTEGER,
    "storyPinned" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Document_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Story" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "manual" BOOLEAN NOT NULL DEFAULT false
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentId" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "sentence" TEXT NOT NULL,
    "sentenceStart" INTEGER NOT NULL DEFAULT 0,
    "figure" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "value" REAL,
    "low" REAL,
    "high" REAL,
    "qualifier" TEXT NOT NULL,
    "precision" REAL NOT NULL DEFAULT 1,
    "unit" TEXT NOT NULL,
    "change" TEXT,
    "subject" TEXT,
    "concept" TEXT,
    "attribution" TEXT,
    "asOf" TEXT,
    "status" TEXT NOT NULL DEFAULT 'unreviewed',
    "notAClaim" BOOLEAN NOT NULL DEFAULT false,
    "reason" TEXT,
    "note" TEXT,
    "reviewedBy" TEXT,
    "reviewedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "groupId" INTEGER,
    "pinnedGroup" BOOLEAN NOT NULL DEFAULT false,
    "originClaimId" INTEGER,
    "convertedValue" REAL,
    "conversionRate" REAL,
    CONSTRAINT "Claim_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Claim_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Group" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "verdict" TEXT NOT NULL,
    "spreadLow" REAL,
    "spreadHigh" REAL,
    "resolution" TEXT,
    "manual" BOOLEAN NOT NULL DEFAULT false,
    "independentSources" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ReviewEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "userId" TEXT,
    "entity" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT
);

-- CreateIndex
CREATE UNIQUE INDEX "Document_contentHash_key" ON "Document"("contentHash");

-- CreateIndex
CREATE INDEX "Document_storyId_idx" ON "Document"("storyId");

-- CreateIndex
CREATE UNIQUE INDEX "Story_key_key" ON "Story"("key");

-- CreateIndex
CREATE INDEX "Claim_groupId_idx" ON "Claim"("groupId");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_documentId_start_end_key" ON "Claim"("documentId", "start", "end");

-- CreateIndex
CREATE UNIQUE INDEX "Group_key_key" ON "Group"("key");

-- CreateIndex
CREATE INDEX "ReviewEvent_entity_entityId_idx" ON "ReviewEvent"("entity", "entityId");

