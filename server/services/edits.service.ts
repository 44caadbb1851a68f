/**
 * Single edits of the graph: create, change and delete municipalities and partnerships. Each
 * runs in one transaction that also bumps the dataset version, so analyses of the old version
 * are never served as current. The derived East/West and bloc classifications are recomputed
 * from the place's stored fields on every change.
 */
import type { DataLayer } from '../db/data-layer.ts';
import type { Tx } from '../db/database.ts';
import { DATASET_KEY } from '../db/graph-writer.ts';
import { blocOf, germanySide } from '../domain/classify.ts';
import { foldName } from '../domain/names.ts';
import { AppError } from '../errors.ts';
import type { MunicipalityCreate, MunicipalityPatch, PartnershipCreate, PartnershipPatch } from './edits.schemas.ts';

type Props = Record<string, unknown>;

function withoutNulls(obj: Props): Props {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== null && v !== undefined));
}

function classified(p: Props): Props {
  const place = { country: (p.country as string) ?? null, ags: (p.ags as string) ?? null, admin1: (p.admin1 as string) ?? null };
  return withoutNulls({ ...p, germany: germanySide(place), bloc: blocOf(place) });
}

function slug(name: string): string {
  return (
    foldName(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 100) || 'place'
  );
}

const canonical = (a: string, b: string) => (a < b ? { a, b } : { a: b, b: a });

async function bump(tx: Tx): Promise<number> {
  const [row] = await tx.run<{ version: number }>('write/bump-dataset-version', { key: DATASET_KEY });
  return row?.version ?? 0;
}

export async function createMunicipality(data: DataLayer, input: MunicipalityCreate) {
  await data.ensureReady();
  const id = input.id ?? (input.country === 'DE' && input.ags ? `de-${input.ags}` : `${input.country.toLowerCase()}-${slug(input.name)}`);
  return data.db.writeTransaction(async (tx) => {
    const props = classified({ ...input, id });
    if ((await tx.run('read/get-municipality', { id })).length > 0) {
      throw new AppError('conflict', `A municipality with id ${JSON.stringify(id)} exists already.`);
    }
    await tx.run('write/create-municipality', { props });
    return { version: await bump(tx), municipality: props };
  });
}

export async function updateMunicipality(data: DataLayer, id: string, patch: MunicipalityPatch) {
  await data.ensureReady();
  return data.db.writeTransaction(async (tx) => {
    const [row] = await tx.run<{ props: Props }>('read/get-municipality', { id });
    if (!row) throw new AppError('not-found', `No municipality with id ${JSON.stringify(id)}.`);
    const props = classified({ ...row.props, ...patch, id });
    await tx.run('write/replace-municipality', { id, props });
    return { version: await bump(tx), municipality: props };
  });
}

export async function deleteMunicipality(data: DataLayer, id: string) {
  await data.ensureReady();
  return data.db.writeTransaction(async (tx) => {
    const [row] = await tx.run<{ deleted: number }>('write/delete-municipality', { id });
    if (!row?.deleted) throw new AppError('not-found', `No municipality with id ${JSON.stringify(id)}.`);
    return { version: await bump(tx) };
  });
}

export async function createPartnership(data: DataLayer, input: PartnershipCreate) {
  await data.ensureReady();
  const { a, b } = canonical(input.a, input.b);
  const props = withoutNulls({ type: input.type, since: input.since, until: input.until, sources: input.sources });
  return data.db.writeTransaction(async (tx) => {
    const [row] = await tx.run<{ created: boolean }>('write/create-partnership', { a, b, props });
    if (!row) throw new AppError('not-found', `No municipality with id ${JSON.stringify(input.a)} or ${JSON.stringify(input.b)}.`);
    if (!row.created) throw new AppError('conflict', `${a} and ${b} have a partnership already; change it with PATCH.`);
    return { version: await bump(tx), partnership: { a, b, ...props } };
  });
}

export async function updatePartnership(data: DataLayer, ends: { a: string; b: string }, patch: PartnershipPatch) {
  await data.ensureReady();
  const { a, b } = canonical(ends.a, ends.b);
  return data.db.writeTransaction(async (tx) => {
    const [row] = await tx.run<{ props: Props }>('read/get-partnership', { a, b });
    if (!row) throw new AppError('not-found', `No partnership between ${JSON.stringify(a)} and ${JSON.stringify(b)}.`);
    const props = withoutNulls({ ...row.props, ...patch });
    if (typeof props.since === 'number' && typeof props.until === 'number' && props.until < props.since) {
      throw new AppError('bad-request', 'Invalid body.', { errors: [{ field: 'until', message: '`until` is before `since`' }] });
    }
    await tx.run('write/replace-partnership', { a, b, props });
    return { version: await bump(tx), partnership: { a, b, ...props } };
  });
}

export async function deletePartnership(data: DataLayer, ends: { a: string; b: string }) {
  await data.ensureReady();
  const { a, b } = canonical(ends.a, ends.b);
  return data.db.writeTransaction(async (tx) => {
    const [row] = await tx.run<{ deleted: number }>('write/delete-partnership', { a, b });
    if (!row?.deleted) throw new AppError('not-found', `No partnership between ${JSON.stringify(a)} and ${JSON.stringify(b)}.`);
    return { version: await bump(tx) };
  });
}
