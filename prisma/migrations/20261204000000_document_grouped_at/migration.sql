-- AlterTable: null marks a document whose claims still owe a grouping (every existing one, once).
ALTER TABLE "Document" ADD COLUMN "groupedAt" DATETIME;

-- CreateIndex
CREATE INDEX "Document_groupedAt_idx" ON "Document"("groupedAt");
