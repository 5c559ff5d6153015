export {
  acquireTabLeadership,
  type LeaderLocks,
  type TabLeadership,
  type TabLeadershipOptions,
} from './acquireTabLeadership.js';
