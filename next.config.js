import createNextIntlPlugin from "next-intl/plugin";

/** next-intl reads the language and messages of each request from i18n/request.ts (no locale in URLs). */
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Instances behind one load balancer share a deployment id (npm run cluster sets it) so skew checks agree.
  deploymentId: process.env.NEXT_DEPLOYMENT_ID || undefined,
  reactStrictMode: true,
  // Server-only packages that must not be bundled (native-ish, big, or read files at run time).
  serverExternalPackages: ["pino", "jsdom", "pdfkit", "fontkit", "@electric-sql/pglite", "mammoth", "unpdf", "@prisma/client", "@prisma/adapter-pg", "pg"],
  // The PDF export reads its fonts from node_modules at run time (lib/export/pdf-fonts.ts): keep them in the trace.
  outputFileTracingIncludes: {
    "/api/articles/\\[id\\]/export": [
      "./node_modules/@expo-google-fonts/noto-sans/package.json",
      "./node_modules/@expo-google-fonts/noto-sans/{400Regular,700Bold,400Regular_Italic}/*.ttf",
      "./node_modules/@embedpdf/fonts-arabic/package.json",
      "./node_modules/@embedpdf/fonts-arabic/dist/**/*",
      "./node_modules/@embedpdf/fonts-arabic/fonts/*.ttf",
      "./node_modules/@expo-google-fonts/noto-emoji/package.json",
      "./node_modules/@expo-google-fonts/noto-emoji/400Regular/*.ttf",
    ],
  },
  experimental: {
    // forbidden() renders app/forbidden.tsx with a 403.
    authInterrupts: true,
    // Pasted articles (up to 2 million characters) and imported files (up to 10 MB) go through server actions.
    serverActions: { bodySizeLimit: "12mb" },
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

export default withNextIntl(nextConfig);
