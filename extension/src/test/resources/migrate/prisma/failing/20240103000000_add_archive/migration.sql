CREATE TABLE "Archive" ("id" INTEGER);
