export {};
//# sourceMappingURL=core-api.js.map