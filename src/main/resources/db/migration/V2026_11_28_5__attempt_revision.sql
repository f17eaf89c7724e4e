-- Each change to an attempt's answers raises its revision, so that a page showing an older one
-- (a second tab, a phone) learns that the attempt changed elsewhere and shows the current answers.
alter table quiz_attempt add column revision bigint default 0 not null;
