/** Typed access to Sourcebook's settings; defaults mirror package.json. */
import * as vscode from 'vscode';
import type { CitationStyle } from '../core/citation';
import { Settings } from './ids';

export type CitationStyleSetting = 'auto' | CitationStyle;
export type HoverModeSetting = 'passages' | 'actors' | 'off';
/** `auto`: the bundled samples only when no other corpus is found (the setting is not set). */
export type IncludeBundled = 'auto' | 'always' | 'never';

function section(name: string): { section: string; key: string } {
  const dot = name.indexOf('.');
  return { section: name.slice(0, dot), key: name.slice(dot + 1) };
}

function get<T>(name: string, fallback: T, scope?: vscode.ConfigurationScope): T {
  const { section: s, key } = section(name);
  return vscode.workspace.getConfiguration(s, scope).get<T>(key, fallback);
}

export function corpusPaths(scope?: vscode.ConfigurationScope): string[] {
  return get<string[]>(Settings.corpusPaths, [], scope).filter((p) => typeof p === 'string' && p.trim() !== '');
}

export function corpusInclude(): string[] {
  const value = get<string[] | string>(Settings.corpusInclude, ['**/*.txt', '**/*.md']);
  return Array.isArray(value) ? value : [value];
}

export function corpusExclude(): string[] {
  const value = get<string[] | string>(Settings.corpusExclude, []);
  return Array.isArray(value) ? value : [value];
}

/** An unset setting means "auto"; only an explicit value forces the samples in or out. */
export function includeBundled(): IncludeBundled {
  const { section: s, key } = section(Settings.corpusIncludeBundled);
  const inspected = vscode.workspace.getConfiguration(s).inspect<boolean>(key);
  const explicit = inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
  if (explicit === undefined) return 'auto';
  return explicit ? 'always' : 'never';
}

export function citationStyle(scope?: vscode.ConfigurationScope): CitationStyleSetting {
  return get<CitationStyleSetting>(Settings.citationStyle, 'auto', scope);
}

export function citationBibliography(scope?: vscode.ConfigurationScope): string {
  return get<string>(Settings.citationBibliography, '', scope).trim();
}

export function trimToMatchedSentences(scope?: vscode.ConfigurationScope): boolean {
  return get<boolean>(Settings.citationTrimToMatchedSentences, true, scope);
}

export function addSpeaker(scope?: vscode.ConfigurationScope): boolean {
  return get<boolean>(Settings.citationAddSpeaker, false, scope);
}

export function hoverMode(scope?: vscode.ConfigurationScope): HoverModeSetting {
  return get<HoverModeSetting>(Settings.hoverMode, 'passages', scope);
}

/** True when a configuration change touches settings that decide which files are the corpus. */
export function affectsCorpus(event: vscode.ConfigurationChangeEvent): boolean {
  return [Settings.corpusPaths, Settings.corpusInclude, Settings.corpusExclude, Settings.corpusIncludeBundled].some((s) =>
    event.affectsConfiguration(s),
  );
}
