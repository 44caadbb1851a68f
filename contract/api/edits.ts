/**
 * The write endpoints (token): the bodies they take, validated at the edge, and what they answer.
 * A place or partnership is answered as stored: its properties (graph.ts), nulls removed.
 */
import { z } from 'zod';
import { isIsoAlpha2 } from '../countries.ts';
import { PARTNERSHIP_TYPES, PLACE_KINDS } from '../vocabularies.ts';
import { PlacePropertiesSchema, TieAttributesSchema } from './graph.ts';

const country = z
  .string()
  .transform((c) => c.toUpperCase())
  .refine(isIsoAlpha2, 'an ISO 3166-1 alpha-2 country code');
const year = z.number().int().min(1000).max(2100);
const source = z.string().trim().min(1).max(2000);

const placeFields = {
  name: z.string().trim().min(1).max(300),
  aliases: z.array(z.string().trim().min(1).max(300)).max(100),
  country,
  admin1: z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'an ISO 3166-2 code such as DE-BY'),
  admin2: z.string().trim().min(1).max(300),
  ags: z.string().regex(/^\d{8}$/, 'the 8-digit Amtlicher Gemeindeschlüssel'),
  wikidata: z.string().regex(/^Q\d+$/, 'a Wikidata item id such as Q64'),
  kind: z.enum(PLACE_KINDS),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  population: z.number().int().min(0),
  sources: z.array(source).max(100),
};

/** POST /api/municipalities. */
export const MunicipalityCreate = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,119}$/, 'lower-case letters, digits and dashes')
    .optional()
    .describe('Default: de-<ags> for a German place with an AGS, else <country>-<slug of the name> (contract/names.ts)'),
  name: placeFields.name,
  aliases: placeFields.aliases.default([]),
  country: placeFields.country,
  admin1: placeFields.admin1.optional(),
  admin2: placeFields.admin2.optional(),
  ags: placeFields.ags.optional(),
  wikidata: placeFields.wikidata.optional(),
  kind: placeFields.kind.default('municipality'),
  lat: placeFields.lat.optional(),
  lon: placeFields.lon.optional(),
  population: placeFields.population.optional(),
  sources: placeFields.sources.default([]),
});
export type MunicipalityCreate = z.infer<typeof MunicipalityCreate>;

/** PATCH /api/municipalities/:id: any field; null removes an optional one. */
export const MunicipalityPatch = z
  .strictObject({
    name: placeFields.name.optional(),
    aliases: placeFields.aliases.optional(),
    country: placeFields.country.optional(),
    admin1: placeFields.admin1.nullable().optional(),
    admin2: placeFields.admin2.nullable().optional(),
    ags: placeFields.ags.nullable().optional(),
    wikidata: placeFields.wikidata.nullable().optional(),
    kind: placeFields.kind.optional(),
    lat: placeFields.lat.nullable().optional(),
    lon: placeFields.lon.nullable().optional(),
    population: placeFields.population.nullable().optional(),
    sources: placeFields.sources.optional(),
  })
  .refine((p) => Object.keys(p).length > 0, 'the body changes nothing');
export type MunicipalityPatch = z.infer<typeof MunicipalityPatch>;

const partnershipFields = {
  type: z.enum(PARTNERSHIP_TYPES),
  since: year,
  until: year,
  sources: z.array(source).max(100),
};

/** POST /api/partnerships. */
export const PartnershipCreate = z
  .strictObject({
    a: z.string().min(1),
    b: z.string().min(1),
    type: partnershipFields.type.default('partnership'),
    since: partnershipFields.since.optional(),
    until: partnershipFields.until.optional(),
    sources: partnershipFields.sources.default([]),
  })
  .refine((p) => p.a !== p.b, { message: 'a partnership links two different municipalities', path: ['b'] })
  .refine((p) => p.since === undefined || p.until === undefined || p.until >= p.since, {
    message: '`until` is before `since`',
    path: ['until'],
  });
export type PartnershipCreate = z.infer<typeof PartnershipCreate>;

/** PATCH /api/partnerships/:a/:b: any field; null removes a year. */
export const PartnershipPatch = z
  .strictObject({
    type: partnershipFields.type.optional(),
    since: partnershipFields.since.nullable().optional(),
    until: partnershipFields.until.nullable().optional(),
    sources: partnershipFields.sources.optional(),
  })
  .refine((p) => Object.keys(p).length > 0, 'the body changes nothing');
export type PartnershipPatch = z.infer<typeof PartnershipPatch>;

const version = z.number().int().describe('The dataset version after the write');

/** A municipality as stored: its id and properties. */
export const MunicipalityRecordSchema = PlacePropertiesSchema.extend({ id: z.string() });
export type MunicipalityRecord = z.infer<typeof MunicipalityRecordSchema>;

/** POST /api/municipalities (201), PATCH /api/municipalities/:id. */
export const MunicipalityWrittenSchema = z.object({ version, municipality: MunicipalityRecordSchema });
export type MunicipalityWritten = z.infer<typeof MunicipalityWrittenSchema>;

/** A partnership as stored: its ends in the canonical order (a < b) and its properties. */
export const PartnershipRecordSchema = TieAttributesSchema.extend({ a: z.string(), b: z.string() });
export type PartnershipRecord = z.infer<typeof PartnershipRecordSchema>;

/** POST /api/partnerships (201), PATCH /api/partnerships/:a/:b. */
export const PartnershipWrittenSchema = z.object({ version, partnership: PartnershipRecordSchema });
export type PartnershipWritten = z.infer<typeof PartnershipWrittenSchema>;

/** DELETE /api/municipalities/:id, DELETE /api/partnerships/:a/:b. */
export const DeletedSchema = z.object({ version });
export type Deleted = z.infer<typeof DeletedSchema>;
