-- When a visitor's personal coach prompt is written again, and how often the coaches' style is read again:
-- bot settings with defaults that suit a sales chat. The prompt is first written when the guided questions
-- are done; after that only a significant change of the visitor's profile writes a new version (a choice
-- answer such as their goal changed, a scale answer moved by at least `coach_prompt_scale_step`, a new
-- objection), and never sooner than `coach_prompt_min_interval_seconds` after the last one, so a visitor
-- who keeps changing their mind costs one model call per interval at most.

alter table public.bots
  add column coach_prompt_min_interval_seconds int not null default 900
    check (coach_prompt_min_interval_seconds between 0 and 2592000),
  add column coach_prompt_scale_step int not null default 2 check (coach_prompt_scale_step between 0 and 100),
  add column coach_prompt_on_choice_change boolean not null default true,
  add column coach_prompt_on_new_objection boolean not null default true,
  add column coach_style_refresh_every int not null default 5 check (coach_style_refresh_every between 1 and 1000);

comment on column public.bots.coach_prompt_min_interval_seconds is 'A visitor''s personal coach prompt is written again at most this often (seconds; default 900 = 15 minutes).';
comment on column public.bots.coach_prompt_scale_step is 'A scale answer (say, support level 1 to 5) that moved by at least this much writes the personal coach prompt again; 0: scale answers never do (default 2).';
comment on column public.bots.coach_prompt_on_choice_change is 'Whether a changed choice answer (say, the visitor''s goal) writes the personal coach prompt again (default yes).';
comment on column public.bots.coach_prompt_on_new_objection is 'Whether a new objection (price, time, doubt...) writes the personal coach prompt again (default yes).';
comment on column public.bots.coach_style_refresh_every is 'Your coaches'' style profile is made again after this many new replies of theirs (default 5).';
