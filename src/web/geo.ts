// Country shapes for the maps, offline: world-atlas TopoJSON → GeoJSON, registered with ECharts
// once and loaded on demand (it is the largest asset).
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import * as echarts from 'echarts/core';

let ready: Promise<void> | undefined;

type Ring = [number, number][];

/**
 * A ring crossing the antimeridian (Chukotka, Fiji) jumps from +180 to -180 and would be drawn as
 * a band across the whole map: its western points move east by 360°.
 */
export function unwrap(ring: Ring): Ring {
  const crosses = ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1]![0]) > 180);
  return crosses ? ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]) : ring;
}

export function worldMap(): Promise<void> {
  return (ready ??= import('world-atlas/countries-50m.json').then(({ default: topology }) => {
    const world = topology as unknown as Topology<{ countries: GeometryCollection }>;
    const countries = feature(world, world.objects.countries);
    for (const f of countries.features) {
      const g = f.geometry;
      if (g?.type === 'Polygon') g.coordinates = (g.coordinates as Ring[]).map(unwrap);
      if (g?.type === 'MultiPolygon') g.coordinates = (g.coordinates as Ring[][]).map((p) => p.map(unwrap));
    }
    echarts.registerMap('world', countries as never);
  }));
}

/** The part of the world coopgraph is about: from Belarus to north-east China. */
export const VIEW = { center: [84, 49] as [number, number], zoom: 5 };
