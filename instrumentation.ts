/** Next's start-up hook: runs once per server process, before the first request is handled. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getAppConfig } = await import("./lib/config/app-config");
  const { recordPeerAddresses } = await import("./lib/server/http/peer-address-recorder");
  recordPeerAddresses(getAppConfig().FACTDESK_TRUSTED_PROXY_HOPS);
}
