export {};
//# sourceMappingURL=http.js.map