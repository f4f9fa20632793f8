-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "rule" TEXT;

