/**
 * Single edits of the graph: create, change and delete municipalities and partnerships. Each
 * runs in one transaction that also bumps the dataset version, so analyses of the old version
 * are never served as current. The derived East/West and bloc classifications are recomputed
 * from the place's stored fields on every change. An id made by an older slug rule
 * (`de-st-ingbert`) names the place it names today (`currentId`, contract/names.ts).
 */
import type {
  Deleted,
  MunicipalityCreate,
  MunicipalityPatch,
  MunicipalityRecord,
  MunicipalityWritten,
  PartnershipCreate,
  PartnershipPatch,
  PartnershipRecord,
  PartnershipWritten,
} from '../../contract/api/edits.ts';
import { currentId, placeId } from '../../contract/names.ts';
import type { DataLayer } from '../db/data-layer.ts';
import type { Tx } from '../db/database.ts';
import { DATASET_KEY } from '../db/graph-writer.ts';
import { blocOf, germanySide } from '../domain/classify.ts';
import { AppError } from '../errors.ts';

type Props = Record<string, unknown>;

function withoutNulls(obj: Props): Props {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== null && v !== undefined));
}

/** The place's properties with its sides derived from them: what is stored, and answered. */
function classified(p: Props): MunicipalityRecord {
  const place = { country: (p.country as string) ?? null, ags: (p.ags as string) ?? null, admin1: (p.admin1 as string) ?? null };
  return withoutNulls({ ...p, germany: germanySide(place), bloc: blocOf(place) }) as MunicipalityRecord;
}

/** The municipality `id` names: itself, or the one with the id it has under today's slug rule; null when neither exists. */
async function findMunicipality(tx: Tx, id: string): Promise<{ id: string; props: Props } | null> {
  for (const candidate of new Set([id, currentId(id)])) {
    const [row] = await tx.run<{ props: Props }>('read/get-municipality', { id: candidate });
    if (row) return { id: candidate, props: row.props };
  }
  return null;
}

/** Both ends of a partnership, aliases resolved (an end that does not exist stays as asked), in the canonical order. */
async function findEnds(tx: Tx, ends: { a: string; b: string }): Promise<{ a: string; b: string }> {
  const a = (await findMunicipality(tx, ends.a))?.id ?? ends.a;
  const b = (await findMunicipality(tx, ends.b))?.id ?? ends.b;
  return canonical(a, b);
}

const canonical = (a: string, b: string) => (a < b ? { a, b } : { a: b, b: a });

/** A partnership as stored and answered: its ends and its properties (nulls removed). */
const partnership = (a: string, b: string, props: Props) => ({ a, b, ...props }) as PartnershipRecord;

async function bump(tx: Tx): Promise<number> {
  const [row] = await tx.run<{ version: number }>('write/bump-dataset-version', { key: DATASET_KEY });
  return row?.version ?? 0;
}

export async function createMunicipality(data: DataLayer, input: MunicipalityCreate): Promise<MunicipalityWritten> {
  await data.ensureReady();
  const id = input.id ?? placeId(input);
  return data.db.writeTransaction(async (tx) => {
    const props = classified({ ...input, id });
    if ((await tx.run('read/get-municipality', { id })).length > 0) {
      throw new AppError('conflict', `A municipality with id ${JSON.stringify(id)} exists already.`);
    }
    await tx.run('write/create-municipality', { props });
    return { version: await bump(tx), municipality: props };
  });
}

export async function updateMunicipality(data: DataLayer, asked: string, patch: MunicipalityPatch): Promise<MunicipalityWritten> {
  await data.ensureReady();
  return data.db.writeTransaction(async (tx) => {
    const found = await findMunicipality(tx, asked);
    if (!found) throw new AppError('not-found', `No municipality with id ${JSON.stringify(asked)}.`);
    const { id } = found;
    const props = classified({ ...found.props, ...patch, id });
    await tx.run('write/replace-municipality', { id, props });
    return { version: await bump(tx), municipality: props };
  });
}

export async function deleteMunicipality(data: DataLayer, asked: string): Promise<Deleted> {
  await data.ensureReady();
  return data.db.writeTransaction(async (tx) => {
    const id = (await findMunicipality(tx, asked))?.id ?? asked;
    const [row] = await tx.run<{ deleted: number }>('write/delete-municipality', { id });
    if (!row?.deleted) throw new AppError('not-found', `No municipality with id ${JSON.stringify(asked)}.`);
    return { version: await bump(tx) };
  });
}

export async function createPartnership(data: DataLayer, input: PartnershipCreate): Promise<PartnershipWritten> {
  await data.ensureReady();
  const props = withoutNulls({ type: input.type, since: input.since, until: input.until, sources: input.sources });
  return data.db.writeTransaction(async (tx) => {
    const { a, b } = await findEnds(tx, input);
    const [row] = await tx.run<{ created: boolean }>('write/create-partnership', { a, b, props });
    if (!row) throw new AppError('not-found', `No municipality with id ${JSON.stringify(input.a)} or ${JSON.stringify(input.b)}.`);
    if (!row.created) throw new AppError('conflict', `${a} and ${b} have a partnership already; change it with PATCH.`);
    return { version: await bump(tx), partnership: partnership(a, b, props) };
  });
}

export async function updatePartnership(
  data: DataLayer,
  ends: { a: string; b: string },
  patch: PartnershipPatch,
): Promise<PartnershipWritten> {
  await data.ensureReady();
  return data.db.writeTransaction(async (tx) => {
    const { a, b } = await findEnds(tx, ends);
    const [row] = await tx.run<{ props: Props }>('read/get-partnership', { a, b });
    if (!row) throw new AppError('not-found', `No partnership between ${JSON.stringify(a)} and ${JSON.stringify(b)}.`);
    const props = withoutNulls({ ...row.props, ...patch });
    if (typeof props.since === 'number' && typeof props.until === 'number' && props.until < props.since) {
      throw new AppError('bad-request', 'Invalid body.', { errors: [{ field: 'until', message: '`until` is before `since`' }] });
    }
    await tx.run('write/replace-partnership', { a, b, props });
    return { version: await bump(tx), partnership: partnership(a, b, props) };
  });
}

export async function deletePartnership(data: DataLayer, ends: { a: string; b: string }): Promise<Deleted> {
  await data.ensureReady();
  return data.db.writeTransaction(async (tx) => {
    const { a, b } = await findEnds(tx, ends);
    const [row] = await tx.run<{ deleted: number }>('write/delete-partnership', { a, b });
    if (!row?.deleted) throw new AppError('not-found', `No partnership between ${JSON.stringify(a)} and ${JSON.stringify(b)}.`);
    return { version: await bump(tx) };
  });
}
