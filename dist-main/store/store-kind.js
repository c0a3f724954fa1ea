export {};
//# sourceMappingURL=store-kind.js.map