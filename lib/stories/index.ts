export * from "./detect";
