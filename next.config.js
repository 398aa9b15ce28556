/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  typescript: { ignoreBuildErrors: process.env.TMP_SKIP_TS === "1" },
  reactStrictMode: true,
  // Server-only packages that must not be bundled (native-ish, big, or read files at run time).
  serverExternalPackages: ["pino", "jsdom", "pdfkit", "@electric-sql/pglite", "@electric-sql/pglite-socket", "mammoth", "@prisma/client", "@prisma/adapter-pg", "pg"],
  experimental: {
    // forbidden() renders app/forbidden.tsx with a 403.
    authInterrupts: true,
  },
  // The Content-Security-Policy (with a per-request nonce) is set in proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
