/**
 * The guessed column mapping (server/import/table/suggest.ts) on the headers of registry exports,
 * council spreadsheets and the formats we know: German and English spellings, a partner's side
 * told by "Partner…", a trailing 1/2 or a/b, "Partnerschaft" not a side, and never one column for
 * two fields or two columns for one.
 */
import { describe, expect, it } from 'vitest';
import { readHeader, suggestColumns } from '../../server/import/table/suggest.ts';
import { fixture } from './helpers.ts';
import { KOMMUNEN_GUESS, PARTNERSCHAFTEN_GUESS } from '../fixtures/import/registry-guesses.ts';

const split = (line: string) => line.split(/[;,]/);

describe('guessing the column mapping from the header', () => {
  it('reads the registry fixture’s German header as the CLI’s documented mapping', () => {
    const header = fixture('registry-partnerschaften.csv').toString('utf8').split('\n', 1)[0]!.split(';');
    // docs/importing.md: --columns nameA=Gemeinde,stateA=Bundesland,postcodeA=PLZ,nameB=Partnerstadt,countryB=Land,since=Seit,type=Art
    expect(suggestColumns(header)).toEqual(PARTNERSCHAFTEN_GUESS);
  });

  it.each([
    ['Kommune;Bundesland;PLZ;Partnerstadt;Land;Gründungsjahr;Art;Bemerkung', KOMMUNEN_GUESS],
    [
      'Stadt;Gemeindeschlüssel;Postleitzahl;Partnergemeinde;Staat;seit;bis;Typ;Breite;Länge',
      {
        nameA: 'Stadt',
        agsA: 'Gemeindeschlüssel',
        postcodeA: 'Postleitzahl',
        nameB: 'Partnergemeinde',
        countryB: 'Staat',
        since: 'seit',
        until: 'bis',
        type: 'Typ',
        latA: 'Breite',
        lonA: 'Länge',
      },
    ],
    [
      'Gemeinde;AGS;Partner;Partnerland;Partnerschaft seit;Art der Partnerschaft',
      {
        nameA: 'Gemeinde',
        agsA: 'AGS',
        nameB: 'Partner',
        countryB: 'Partnerland',
        since: 'Partnerschaft seit',
        type: 'Art der Partnerschaft',
      },
    ],
    [
      'Town,Partner town,Country,Since,Until,Type,State,Postcode',
      {
        nameA: 'Town',
        nameB: 'Partner town',
        countryB: 'Country',
        since: 'Since',
        until: 'Until',
        type: 'Type',
        stateA: 'State',
        postcodeA: 'Postcode',
      },
    ],
    [
      'City,Twin town,Country of the partner,Year,Latitude,Longitude,Partner latitude,Partner longitude',
      {
        nameA: 'City',
        nameB: 'Twin town',
        countryB: 'Country of the partner',
        since: 'Year',
        latA: 'Latitude',
        lonA: 'Longitude',
        latB: 'Partner latitude',
        lonB: 'Partner longitude',
      },
    ],
    // the Wikipedia list's header: sides by a trailing digit
    [
      'city1,country1,lat1,lng1,city2,country2,lat2,lng2',
      {
        nameA: 'city1',
        countryA: 'country1',
        latA: 'lat1',
        lonA: 'lng1',
        nameB: 'city2',
        countryB: 'country2',
        latB: 'lat2',
        lonB: 'lng2',
      },
    ],
    // a file that spells the fields themselves
    [
      'nameA,countryA,nameB,countryB,since,type',
      { nameA: 'nameA', countryA: 'countryA', nameB: 'nameB', countryB: 'countryB', since: 'since', type: 'type' },
    ],
  ])('%s', (line, expected) => {
    expect(suggestColumns(split(line))).toEqual(expected);
  });

  it('gives an unmarked country to side B, and to side A when the partner’s country has its own column', () => {
    expect(suggestColumns(['Stadt', 'Land', 'Partnerstadt', 'Land der Partnerstadt'])).toEqual({
      nameA: 'Stadt',
      countryA: 'Land',
      nameB: 'Partnerstadt',
      countryB: 'Land der Partnerstadt',
    });
    expect(suggestColumns(['Stadt', 'Partnerstadt', 'Land'])).toMatchObject({ countryB: 'Land' });
  });

  it('maps each field once and each column once, the first in the header winning', () => {
    const header = ['Stadt', 'Gemeinde', 'Ort', 'Partnerstadt', 'Partner', 'Jahr', 'Seit', 'Land', 'Staat', 'Country'];
    const suggested = suggestColumns(header);
    expect(suggested).toMatchObject({ nameA: 'Stadt', nameB: 'Partnerstadt', since: 'Jahr', countryB: 'Land', countryA: 'Staat' });
    const columns = Object.values(suggested);
    expect(new Set(columns).size).toBe(columns.length);
  });

  it('leaves out what names no field, and a side B of what only side A has', () => {
    expect(suggestColumns(['Bemerkung', 'Einwohner', 'Notes', ''])).toEqual({});
    expect(readHeader('Bundesland der Partnerstadt')).toEqual({ kind: 'state', side: 'B' });
    expect(suggestColumns(['Gemeinde', 'Partnerstadt', 'Bundesland der Partnerstadt'])).toEqual({
      nameA: 'Gemeinde',
      nameB: 'Partnerstadt',
    });
  });

  it('reads "Partnerschaft" as the tie, not the partner’s side', () => {
    expect(readHeader('Partnerschaft seit')).toEqual({ kind: 'since', side: null });
    expect(readHeader('Partnerschaftsart')).toEqual({ kind: 'type', side: null });
    expect(readHeader('Partnerstadt')).toEqual({ kind: 'name', side: 'B' });
    expect(readHeader('Land der Partnerstadt')).toEqual({ kind: 'country', side: 'B' });
    expect(readHeader('Name (Stadt 1)')).toEqual({ kind: 'name', side: 'A' });
  });
});
