import { agencyDerived } from "@/lib/agencies/registry/derived";
import { db } from "@/lib/db";
import type { Agency } from "@/lib/generated/prisma/client";
import { uniqueToken } from "./unique";

/**
 * Factory units live under a kind of their own, so tests that count the seeded registry (35 provincial,
 * 11 district, 156 commune units) stay exact however many units other files create.
 */
export const testKindCode = "test_unit";

let testKindId: Promise<string> | undefined;

export function getTestKindId(): Promise<string> {
  testKindId ??= (async () => {
    // ON CONFLICT DO NOTHING: two files may create the kind at the same moment.
    await db.agencyKind.createMany({
      data: [
        {
          code: testKindCode,
          nameVi: "Đơn vị thử nghiệm",
          nameEn: "Test unit",
          level: 9,
          defaultIsoRequirement: "ENCOURAGED",
          sortOrder: 99,
        },
      ],
      skipDuplicates: true,
    });
    return (await db.agencyKind.findUniqueOrThrow({ where: { code: testKindCode } })).id;
  })();
  return testKindId;
}

export type AgencyOverrides = {
  name?: string;
  parentId?: string | null;
  code?: string;
  validFrom?: Date;
  validTo?: Date | null;
  contactPhone?: string | null;
};

/** A unit of the test kind with a unique code and name; search text and sort key computed as the app computes them. */
export async function createAgency(overrides: AgencyOverrides = {}): Promise<Agency> {
  const token = uniqueToken();
  const name = overrides.name ?? `Đơn vị thử ${token}`;
  const code = overrides.code ?? `TEST-${token}`;
  return db.agency.create({
    data: {
      ...overrides,
      code,
      name,
      ...agencyDerived({ name, code }),
      kindId: await getTestKindId(),
      parentId: overrides.parentId ?? null,
      isoRequirement: "ENCOURAGED",
    },
  });
}
