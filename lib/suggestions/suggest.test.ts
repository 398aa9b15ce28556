import { describe, expect, it } from "vitest";
import { suggestAnnotations } from "./suggest";

const quotes = (text: string) =>
  suggestAnnotations(text)
    .filter((s) => s.kind === "quote")
    .map((s) => ({ exact: s.exact, speaker: s.fields.speaker }));

describe("suggestAnnotations: quotes and speakers", () => {
  it("finds “X said” and “said X” attributions", () => {
    expect(quotes("“We will rebuild the bridge,” Mayor Anna Kowalski said.\n“It will take two years,” said Jan Nowak, the engineer.")).toEqual([
      { exact: "We will rebuild the bridge,", speaker: "Anna Kowalski" },
      { exact: "It will take two years,", speaker: "Jan Nowak" },
    ]);
  });

  it("finds “X, the …, said” and “according to X”", () => {
    expect(quotes("“Prices will fall next year,” Leila Haddad, the bank's chief economist, said.")[0].speaker).toBe("Leila Haddad");
    expect(quotes("“The road is closed until further notice,” according to Tom Reyes.")[0].speaker).toBe("Tom Reyes");
  });

  it("finds a reporting clause before a colon", () => {
    expect(quotes("Foreign Minister Ama Owusu said: “We will not be intimidated by anyone.”")[0]).toEqual({ exact: "We will not be intimidated by anyone.", speaker: "Ama Owusu" });
  });

  it("resolves a surname, a possessive and a pronoun to the full name given earlier", () => {
    const text = "Pakistan's Ambassador to Qatar, Muhammad Aejaz, met the delegation.\nAejaz's reaction was warm, stating, “Both remain neighbors and brothers.”\n“We share a great deal,” he added.";
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Muhammad Aejaz", "Muhammad Aejaz"]);
  });

  it("gives a pronoun to the person named since the last quote", () => {
    const text = "“The deal is historic,” said Clara Vidal.\nChancellor Otto Brandt was more cautious. “Much work remains to be done,” he said.";
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Clara Vidal", "Otto Brandt"]);
  });

  it("continues a quote into the next paragraph with the same speaker", () => {
    const text = "Sara Lind said: “We waited all night for the ferry to come back.\n“Nobody told us anything at all,” she said.";
    expect(quotes(text)).toEqual([
      { exact: "We waited all night for the ferry to come back.", speaker: "Sara Lind" },
      { exact: "Nobody told us anything at all,", speaker: "Sara Lind" },
    ]);
  });

  it("keeps a second quote of the same sentence with its speaker", () => {
    expect(quotes("“We lost everything,” Omar Said told reporters. “But we are alive.”").map((q) => q.speaker)).toEqual(["Omar Said", "Omar Said"]);
  });

  it("ignores scare quotes but keeps a two-word sentence quote", () => {
    expect(quotes("The talks were “unusual” but positive, and the strikes were “air strikes,” officials said.")).toEqual([]);
    expect(quotes("Rao called the claim “completely untrue.”")).toEqual([{ exact: "completely untrue.", speaker: "Rao" }]);
  });

  it("reads guillemets, low-high quotes, straight quotes and Urdu between curly quotes", () => {
    expect(quotes("« Nous avons tenu bon jusqu'au bout », said Luc Ferrand.")[0].exact).toBe("Nous avons tenu bon jusqu'au bout");
    expect(quotes("„Wir haben viel erreicht“, sagte er, said Otto Brandt.")[0].exact).toBe("Wir haben viel erreicht");
    expect(quotes('"This is our last green space," said Karen Doe.')[0]).toEqual({ exact: "This is our last green space,", speaker: "Karen Doe" });
    expect(quotes("“یہ منصوبہ عوام کی امانت ہے”, said Nasreen Akhtar.")[0]).toEqual({ exact: "یہ منصوبہ عوام کی امانت ہے", speaker: "Nasreen Akhtar" });
  });

  it("does not take an apostrophe for a closing single quote", () => {
    expect(quotes("He said ‘we don’t know what Mujahid’s men want from us’ and left, said Ali Raza.")[0].exact).toBe("we don’t know what Mujahid’s men want from us");
  });

  it("takes a Q&A answer after a name label as the named person's words, not the question", () => {
    const text = "Dr Amara Nwosu studies drought.\nQ: What happened in the village?\nNwosu: The wells dried up within a single season.";
    expect(quotes(text)).toEqual([{ exact: "The wells dried up within a single season.", speaker: "Amara Nwosu" }]);
  });

  it("keeps a role as the speaker when no name is given", () => {
    expect(quotes("A spokeswoman for the fisheries department said: “We recognise the pressures on the coast.”")[0].speaker).toBe("spokeswoman for the fisheries department");
  });

  it("counts offsets in code points", () => {
    const text = "😀 “We will win this fight,” said Ana Sousa.";
    const [quote] = suggestAnnotations(text);
    expect(quote).toMatchObject({ kind: "quote", start: 3, end: 3 + "We will win this fight,".length });
  });

  it("finds the two quotes of the sample article with their speakers", () => {
    const text =
      'Pakistan\'s Ambassador to Qatar, Muhammad Aejaz, highlighted the mutual desire for peace.\nAejaz\'s reaction on X echoed a sentiment of camaraderie, stating, "Both remain neighbors and brothers."\nMujahid took to the microblogging platform to commend the meeting, stating, "We had a very good evening meeting."';
    expect(quotes(`An Afghan Taliban delegation led by Zabihullah Mujahid convened in Doha.\n${text}`).map((q) => q.speaker)).toEqual(["Muhammad Aejaz", "Zabihullah Mujahid"]);
  });
});

describe("suggestAnnotations: claims and allegations", () => {
  it("suggests a sentence with a figure as a claim, with its claimant and reason", () => {
    const [claim] = suggestAnnotations("Exports rose 12 percent last year, the trade ministry said.");
    expect(claim).toMatchObject({ kind: "claim", fields: { claimant: "trade ministry" } });
    expect(claim.reason).toMatch(/figure/);
  });

  it("gives each reason as a code (and a claim's signals) for the interface to word in the reader's language", () => {
    const [claim] = suggestAnnotations("Exports rose 12 percent last year, more than the year before.");
    expect(claim).toMatchObject({ reasonCode: "signals", signals: ["figure", "comparison", "change", "date"] });
    const [quote] = suggestAnnotations("“We will rebuild the bridge,” Mayor Anna Kowalski said.");
    expect(quote).toMatchObject({ reasonCode: "quotation_attributed", signals: [] });
    const [allegation] = suggestAnnotations("The council accused the contractor of fraud.");
    expect(allegation).toMatchObject({ kind: "allegation", reasonCode: "accusation" });
  });

  it("does not suggest a sentence whose only signal is a date, or a figure inside a quote", () => {
    expect(suggestAnnotations("The minister met the delegation in June.")).toEqual([]);
    expect(suggestAnnotations("“We built 40 schools,” said Ana Sousa.").map((s) => s.kind)).toEqual(["quote"]);
  });

  it("suggests an allegation with who alleges and against whom", () => {
    const [allegation] = suggestAnnotations("Opposition leader Tariq Mehmood accused the provincial government of awarding the contract without bidding.");
    expect(allegation).toMatchObject({ kind: "allegation", fields: { allegedBy: "Tariq Mehmood", allegedAgainst: "provincial government" } });
  });

  it("reads “attributed to” and “which X allege”", () => {
    const [allegation] = suggestAnnotations("Attacks attributed to the banned Tehreek-e-Taliban Pakistan (TTP), which Pakistani security officials allege operates from Afghan territory, rose.");
    expect(allegation.fields).toEqual({ allegedBy: "Pakistani security officials", allegedAgainst: "Tehreek-e-Taliban Pakistan" });
  });

  it("suggests claims made without evidence as allegations", () => {
    expect(suggestAnnotations("Some residents claimed without evidence that the vote was rigged.")[0].kind).toBe("allegation");
  });
});
