import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { getAppConfig } from "@/lib/config/app-config";
import { logger } from "@/lib/server/logger";
import { authRedirectTarget } from "./auth-redirect";
import { authenticateCredentials } from "./authenticate-credentials";
import { clientAddressFrom } from "./client-address";

/** Sign-in refusals; `code` reaches the sign-in form (never says which of e-mail or password was wrong). */
class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
class AccountDeactivated extends CredentialsSignin {
  code = "deactivated";
}
class TooManyAttempts extends CredentialsSignin {
  constructor(minutes: number) {
    super();
    this.code = `throttled-${minutes}`;
  }
}

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string };
    sessionVersion: number;
  }
  interface User {
    sessionVersion?: number;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const config = getAppConfig();
  return {
    secret: config.AUTH_SECRET,
    trustHost: true,
    useSecureCookies: (config.FACTDESK_BASE_URL ?? "").startsWith("https://"),
    session: { strategy: "jwt", maxAge: Math.round(config.FACTDESK_SESSION_HOURS * 3600), updateAge: 15 * 60 },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    logger: {
      error: (error) => {
        // A refused sign-in is expected (and logged in authorize); anything else is not.
        const type = (error as { type?: string }).type;
        if (type === "CredentialsSignin") return;
        // A cookie that doesn't decrypt (tampered, or from before a secret change) is the client's fault.
        if (type === "JWTSessionError") return logger.warn({ type }, "unreadable session cookie ignored");
        logger.error({ err: error }, "auth error");
      },
      warn: (code) => logger.warn({ code }, "auth warning"),
    },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        authorize: async (credentials) => {
          const address = clientAddressFrom(await headers(), config.FACTDESK_TRUSTED_PROXY_HOPS);
          const result = await authenticateCredentials(credentials, address);
          if (result.ok) return { id: result.user.id, name: result.user.name, email: result.user.email, sessionVersion: result.user.sessionVersion };
          logger.info({ reason: result.reason, address }, "sign-in refused");
          if (result.reason === "throttled") throw new TooManyAttempts(result.minutes ?? 15);
          if (result.reason === "deactivated") throw new AccountDeactivated();
          throw new InvalidCredentials();
        },
      }),
    ],
    callbacks: {
      // A path (or FACTDESK_BASE_URL), never a URL built from the Host headers: see authRedirectTarget.
      redirect: ({ url, baseUrl }) => authRedirectTarget(url, baseUrl, config.FACTDESK_BASE_URL),
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.sv = user.sessionVersion ?? 1;
        }
        return token;
      },
      session({ session, token }) {
        session.user.id = token.sub ?? "";
        session.sessionVersion = typeof token.sv === "number" ? token.sv : 0;
        return session;
      },
    },
  };
});
