import { describe, expect, it } from "vitest";
import { cleanByline, takeLeadingMetadata, titleFromFileName, toIsoDate } from "./article-metadata";

describe("toIsoDate", () => {
  it.each([
    ["2024-06-22", "2024-06-22"],
    ["2024-06-22T23:30:00-05:00", "2024-06-22"],
    ["2024-06-22T01:00:00+09:00", "2024-06-22"],
    ["Sat, 22 Jun 2024 12:00:00 GMT", "2024-06-22"],
    ["2024-02-30", null],
    ["yesterday", null],
    ["", null],
    [null, null],
  ])("%j → %j", (input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });
});

describe("cleanByline", () => {
  it.each([
    ["By Jane Doe", "Jane Doe"],
    ["by: Jane  Doe\n", "Jane Doe"],
    ["Jane Doe and Ali Khan", "Jane Doe and Ali Khan"],
    ["  ", null],
    ["x".repeat(201), null],
  ])("%j → %j", (input, expected) => {
    expect(cleanByline(input)).toBe(expected);
  });
});

describe("titleFromFileName", () => {
  it.each([
    ["pm-speech_final.docx", "pm speech final"],
    ["C:\\Users\\desk\\Story.DOCX", "Story"],
    ["/tmp/a.b.md", "a.b"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(titleFromFileName(input)).toBe(expected);
  });
});

describe("takeLeadingMetadata", () => {
  it.each([
    ["<h1>Title</h1><p>By Jane</p><p>Body</p>", { title: "Title", byline: "Jane", html: "<p>Body</p>" }],
    ["<div><h2>Title</h2></div><p>Body</p>", { title: "Title", byline: null, html: "<div></div><p>Body</p>" }],
    ["<p><strong>Bold title</strong></p><p>Body</p>", { title: "Bold title", byline: null, html: "<p>Body</p>" }],
    ["<p><strong>Half</strong> bold</p><p>Body</p>", { title: null, byline: null, html: "<p><strong>Half</strong> bold</p><p>Body</p>" }],
    ["<p>Body first</p><h1>Later</h1>", { title: null, byline: null, html: "<p>Body first</p><h1>Later</h1>" }],
    ["<h1>T</h1><p>Bystanders said</p>", { title: "T", byline: null, html: "<p>Bystanders said</p>" }],
    ["", { title: null, byline: null, html: "" }],
  ])("%s", (html, expected) => {
    expect(takeLeadingMetadata(html)).toEqual(expected);
  });
});
