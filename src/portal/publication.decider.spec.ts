import { deciderSpecification } from '../../test/support/decider-specification';
import { TransitionRefused } from '../kernel/domain-errors';
import { publicationDecider } from './publication.decider';
import { ForumPublished, ForumUnpublished } from './publication.events';

const spec = deciderSpecification(publicationDecider);
const publish = (licence: 'CC-BY-4.0' | 'CC0-1.0' = 'CC-BY-4.0') => ({ type: 'PublishForum' as const, data: { forumId: 'f1', licence } });
const unpublish = { type: 'UnpublishForum' as const, data: { forumId: 'f1', reason: 'names a survivor' } };
const published = new ForumPublished({ forumId: 'f1', licence: 'CC-BY-4.0' });

describe('Publication', () => {
  it('publishes a forum under the licence chosen', () => {
    spec.given([]).when(publish()).then([published]);
  });

  it('changes nothing when published again under the same licence', () => {
    spec.given([published]).when(publish()).then([]);
  });

  it('records another licence when published again under it', () => {
    spec
      .given([published])
      .when(publish('CC0-1.0'))
      .then([new ForumPublished({ forumId: 'f1', licence: 'CC0-1.0' })]);
  });

  it('unpublishes a published forum, with the reason', () => {
    spec
      .given([published])
      .when(unpublish)
      .then([new ForumUnpublished({ forumId: 'f1', reason: 'names a survivor' })]);
  });

  it('refuses to unpublish a forum that is not published', () => {
    spec
      .given([])
      .when(unpublish)
      .thenRefused(TransitionRefused, /not published/);
    spec
      .given([published, new ForumUnpublished({ forumId: 'f1', reason: null })])
      .when(unpublish)
      .thenRefused(TransitionRefused, /not published/);
  });

  it('publishes again after an unpublication', () => {
    spec
      .given([published, new ForumUnpublished({ forumId: 'f1', reason: null })])
      .when(publish())
      .then([published]);
  });
});
