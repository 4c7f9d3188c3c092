export * from "./audit";
export * from "./cases";
export * from "./enums";
export * from "./measures";
export * from "./persons";
export * from "./requests";
export * from "./territory";
export * from "./users";
