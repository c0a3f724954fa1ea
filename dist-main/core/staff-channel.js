export {};
//# sourceMappingURL=staff-channel.js.map