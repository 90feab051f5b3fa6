-- Feedback people can act on: one vote per answer (answer_id, a random id the page gives each answer; changing a vote
-- updates the row), and an optional reason. No session id is stored.
ALTER TABLE feedback ADD COLUMN answer_id TEXT;
ALTER TABLE feedback ADD COLUMN reason TEXT CHECK (reason IN ('wrong', 'unanswered', 'unclear', 'other'));
CREATE UNIQUE INDEX feedback_answer ON feedback (answer_id);
