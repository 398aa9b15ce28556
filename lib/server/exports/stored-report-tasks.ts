import "server-only";
import { getAppConfig } from "../../config/app-config";
import { createPrismaClient, type AppPrismaClient } from "../../db/create-prisma-client";
import { exportFileName } from "../../export/file-name";
import { reportWorkerTasks } from "../../export/report-worker-tasks";
import { ok, type Result } from "../errors";
import { readExportInput, type ExportScope } from "./load-export-input";

/** `application_name` of the report workers' own connections (in `pg_stat_activity`). */
export const REPORT_WORKER_APPLICATION_NAME = "factdesk-report-worker";

/** A report rendered by a report worker from what it read itself: the bytes (PDF) or text (HTML), and its file name. */
export type StoredReport = { body: Uint8Array | string; fileName: string };

let ownClient: AppPrismaClient | null = null;

/**
 * The report worker's own database client: two connections of its own, so the article's
 * megabytes of text are read (and mapped by Prisma) in the worker, never on the request thread.
 */
function workerClient(): AppPrismaClient {
  if (ownClient) return ownClient;
  const config = getAppConfig();
  if (!config.DATABASE_URL) throw new Error("The report worker has no DATABASE_URL to read the article from");
  ownClient = createPrismaClient(config.DATABASE_URL, {
    maxConnections: 2,
    applicationName: REPORT_WORKER_APPLICATION_NAME,
    timeouts: { statementMs: config.FACTDESK_DB_STATEMENT_TIMEOUT_MS, connectMs: config.FACTDESK_DB_CONNECT_TIMEOUT_MS, poolWaitMs: config.FACTDESK_DB_POOL_WAIT_MS },
    transactions: { maxWaitMs: config.FACTDESK_DB_POOL_WAIT_MS, timeoutMs: config.FACTDESK_REPORT_TIMEOUT_MS },
  });
  return ownClient;
}

/**
 * What the report worker processes do (lib/server/exports/report-process.ts runs them): the
 * pure renderers, and `renderStoredReport`, which reads the export that `scope` covers with the
 * worker's own connection, in one REPEATABLE READ snapshot, and renders it. `scope` comes from
 * resolveExportScope on the request thread (the actor's right to export, the article, approved
 * only or all): the worker reads what it says and nothing else.
 */
export const storedReportTasks = {
  ...reportWorkerTasks,
  renderStoredReport: async (request: { scope: ExportScope; format: "pdf" | "html"; locale: string }): Promise<Result<StoredReport>> => {
    const input = await workerClient().$transaction((tx) => readExportInput(tx, request.scope), { isolationLevel: "RepeatableRead" });
    if (!input.ok) return input;
    const fileName = exportFileName(input.value.article, request.format);
    if (request.format === "html") return ok({ body: reportWorkerTasks.renderHtml({ input: input.value, locale: request.locale }), fileName });
    return ok({ body: await reportWorkerTasks.renderPdf({ input: input.value, locale: request.locale }), fileName });
  },
};

export type StoredReportTasks = typeof storedReportTasks;
