# komorebi: multi-stage image. Build (native sqlite3, TypeScript) in one stage, run as a
# non-root user in a slim one, with the data volume for the SQLite store.
# Node 24 is the LTS line; the code also runs on Node 20.19+.

FROM node:24-bookworm-slim AS build
WORKDIR /app
# sqlite3 builds from source when no prebuilt binary matches.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
# `npm ci` runs `prepare`, which compiles src/ to dist/.
RUN npm ci && npm prune --omit=dev

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=8787 \
    DATA_DIR=/data \
    STORE_URL=sqlite:///data/komorebi.sqlite
WORKDIR /app
RUN mkdir -p /data && chown node:node /data
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/src/content ./src/content
COPY --chown=node:node package.json ./
USER node
VOLUME ["/data"]
EXPOSE 8787
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||8787)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Production needs PSEUDONYM_SECRET (see README); the process exits with a clear message without it.
CMD ["node", "dist/cli/index.js", "start"]
