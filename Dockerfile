# syntax=docker/dockerfile:1
# Masthead as a self-contained Node server (Next's `output: 'standalone'`).
#
#   docker build -t masthead \
#     --build-arg NEXT_PUBLIC_SITE_URL=https://masthead.example \
#     --build-arg NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_live_... .
#   docker run -p 3000:3000 -e CLERK_SECRET_KEY=sk_live_... -e CLERK_JWT_KEY="$(cat clerk-jwt.pem)" masthead
#
# NEXT_PUBLIC_* values are inlined into the build, so they are build arguments; the secret key
# and the JWT key are read at run time and never enter an image layer.

ARG NODE_VERSION=20

FROM node:${NODE_VERSION}-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# patch-package applies patches/ after the install (postinstall); see docs/performance.md.
COPY patches ./patches
# The lock file and the install-script decisions in package.json ("allowScripts") are npm 11's.
RUN npm install -g npm@11.19.1 && npm ci --no-audit --no-fund

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
ARG NEXT_PUBLIC_SITE_URL
ARG NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY
ARG NEXT_PUBLIC_CLERK_SIGN_IN_URL=/sign-in
ARG NEXT_PUBLIC_CLERK_SIGN_UP_URL=/sign-up
# true builds a private preview (README: "A private preview site"); it is built in, not read at run time.
ARG MASTHEAD_PRIVATE_SITE=false
ENV NEXT_TELEMETRY_DISABLED=1 \
    MASTHEAD_PRIVATE_SITE=${MASTHEAD_PRIVATE_SITE} \
    NEXT_PUBLIC_SITE_URL=${NEXT_PUBLIC_SITE_URL} \
    NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=${NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY} \
    NEXT_PUBLIC_CLERK_SIGN_IN_URL=${NEXT_PUBLIC_CLERK_SIGN_IN_URL} \
    NEXT_PUBLIC_CLERK_SIGN_UP_URL=${NEXT_PUBLIC_CLERK_SIGN_UP_URL}
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build \
 && mkdir -p public \
 && cp -r .next/static .next/standalone/.next/static \
 && cp -r public .next/standalone/public

FROM node:${NODE_VERSION}-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOSTNAME=0.0.0.0 \
    PORT=3000
# The standalone folder holds server.js, the traced node_modules, the build and its static files.
COPY --from=build --chown=node:node /app/.next/standalone ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch('http://localhost:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.js"]
