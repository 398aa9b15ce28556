import type { SoakContext } from "./soak-context";

/** The acknowledged annotation ids the database does not hold (retries while its connections recover from a restart). */
export async function missingAnnotations(context: SoakContext, ids: string[]): Promise<string[]> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const found = new Set<string>();
      for (let i = 0; i < ids.length; i += 1_000) {
        const rows = await context.db.annotation.findMany({ where: { id: { in: ids.slice(i, i + 1_000) } }, select: { id: true } });
        for (const row of rows) found.add(row.id);
      }
      return ids.filter((id) => !found.has(id));
    } catch (error) {
      if (attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
