-- CreateTable
CREATE TABLE "Order" (
    "id" SERIAL NOT NULL,
    "tId" INTEGER,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);
