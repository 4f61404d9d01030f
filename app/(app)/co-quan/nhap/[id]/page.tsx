import type { Metadata } from "next";
import Link from "next/link";
import { ImportDecision } from "@/components/agencies/import-decision";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Th } from "@/components/ui/table";
import { loadImportPage } from "@/lib/agencies/loaders";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("agencies.import.title") };
}

/** The dry-run report: what would change, or every row-level error (row, column, message). */
export default async function ImportPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ job, errors }, t] = await Promise.all([loadImportPage(params), getTranslator()]);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/co-quan/nhap" className="text-blue-800 underline">
          ← {t("agencies.import.title")}
        </Link>
      </p>
      <PageHeader
        title={t("agencies.import.previewTitle", { file: job.fileName })}
        lead={
          errors.length
            ? t("agencies.import.summaryInvalid", { rows: job.rowCount, count: errors.length })
            : t("agencies.import.summary", { rows: job.rowCount, create: job.createCount, update: job.updateCount })
        }
      />
      <p>
        {t("agencies.import.statusLabel")}:{" "}
        <strong>
          {errors.length ? t("agencies.import.statusInvalid") : t(`agencies.import.status.${job.status}`)}
        </strong>
      </p>
      {errors.length ? (
        <Card title={t("agencies.import.errorsTitle", { count: errors.length })}>
          <Alert tone="error">{t("agencies.import.errorsTitle", { count: errors.length })}</Alert>
          <div className="mt-4">
            <Table caption={t("agencies.import.errorsTitle", { count: errors.length })}>
              <thead>
                <tr>
                  <Th className="text-right">{t("agencies.import.row")}</Th>
                  <Th>{t("agencies.import.column")}</Th>
                  <Th>{t("agencies.import.message")}</Th>
                </tr>
              </thead>
              <tbody>
                {errors.slice(0, 1000).map((e, i) => (
                  <tr key={i}>
                    <td className="text-right tabular-nums">{e.row}</td>
                    <td>{e.column}</td>
                    <td>{t.raw(e.key, e.params)}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
        </Card>
      ) : (
        // Rendered whatever the status: confirming re-renders this page (now "Đã nhập"), and the decision
        // must stay mounted to show its outcome.
        <Card>
          <ImportDecision id={job.id} pending={job.status === "PREVIEW"} />
        </Card>
      )}
    </div>
  );
}
