-- One rebuild at a time: a second request for one while a generation is BUILDING is refused (409), however close
-- together the two arrive.
CREATE UNIQUE INDEX projection_generations_one_building ON projection_generations ((true)) WHERE state = 'BUILDING';
