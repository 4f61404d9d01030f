import type { Metadata } from "next";
import Link from "next/link";
import { ImportUpload } from "@/components/agencies/import-upload";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Th } from "@/components/ui/table";
import { loadImportsPage } from "@/lib/agencies/loaders";
import { formatDateTime } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("agencies.import.title") };
}

export default async function ImportPage() {
  const [{ imports }, t] = await Promise.all([loadImportsPage(), getTranslator()]);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/co-quan" className="text-blue-800 underline">
          ← {t("agencies.back")}
        </Link>
      </p>
      <PageHeader title={t("agencies.import.title")} lead={t("agencies.import.lead")} />
      <Card>
        <ImportUpload />
      </Card>
      {imports.length ? (
        <Card title={t("agencies.import.recent")}>
          <Table caption={t("agencies.import.recent")}>
            <thead>
              <tr>
                <Th>{t("agencies.import.when")}</Th>
                <Th>{t("agencies.import.file")}</Th>
                <Th className="text-right">{t("agencies.import.rows")}</Th>
                <Th className="text-right">{t("agencies.import.errorCount")}</Th>
                <Th>{t("agencies.import.statusLabel")}</Th>
              </tr>
            </thead>
            <tbody>
              {imports.map((job) => (
                <tr key={job.id}>
                  <td className="whitespace-nowrap">{formatDateTime(job.createdAt)}</td>
                  <td>
                    <Link href={`/co-quan/nhap/${job.id}`} className="text-blue-800 underline">
                      {job.fileName}
                    </Link>
                  </td>
                  <td className="text-right tabular-nums">{job.rowCount}</td>
                  <td className="text-right tabular-nums">{job.errorCount}</td>
                  <td>
                    {job.errorCount ? t("agencies.import.statusInvalid") : t(`agencies.import.status.${job.status}`)}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
      ) : null}
    </div>
  );
}
